package kz.qoltanba.signing.cms;

import kz.qoltanba.signing.SigningException;

/** The stream of content to sign failed while being read. */
public final class ContentUnreadableException extends SigningException {
    private static final long serialVersionUID = 1L;

    public ContentUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
