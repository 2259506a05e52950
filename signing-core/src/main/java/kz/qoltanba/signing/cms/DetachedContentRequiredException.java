package kz.qoltanba.signing.cms;

import kz.qoltanba.signing.SigningException;

/** A detached CMS was given without the content it signs, so no new signer can be added to it. */
public final class DetachedContentRequiredException extends SigningException {
    private static final long serialVersionUID = 1L;

    public DetachedContentRequiredException(String message) {
        super(message);
    }
}
