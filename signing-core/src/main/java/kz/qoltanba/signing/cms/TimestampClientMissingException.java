package kz.qoltanba.signing.cms;

import kz.qoltanba.signing.SigningException;

/** A time-stamp was asked for but the signer was configured without a TSA client. */
public final class TimestampClientMissingException extends SigningException {
    private static final long serialVersionUID = 1L;

    public TimestampClientMissingException(String message) {
        super(message);
    }
}
