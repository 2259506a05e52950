package kz.qoltanba.portal.web;

/**
 * A request the portal refuses with a sentence for the user: the HTTP status and the i18n key (with arguments) of
 * the message. Answered with the error page, or JSON {@code {ok:false, message}} to scripts.
 */
public class PageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    public PageException(int status, String messageKey, Object... args) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** 400 with the message of {@code messageKey}. */
    public static PageException badRequest(String messageKey, Object... args) {
        return new PageException(400, messageKey, args);
    }

    /** 404 with the message of {@code messageKey}. */
    public static PageException notFound(String messageKey, Object... args) {
        return new PageException(404, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
