package kz.qoltanba.portal.web;

/**
 * The request may not do what it asks; answered with the 403 page (or JSON {@code ok:false}) showing the text of
 * {@link #messageKey()} in the user's language.
 */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String messageKey, String logDetail) {
        super(logDetail);
        this.messageKey = messageKey;
    }

    /** The i18n key of the sentence the user sees. */
    public String messageKey() {
        return messageKey;
    }
}
