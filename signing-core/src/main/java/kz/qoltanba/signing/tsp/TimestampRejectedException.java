package kz.qoltanba.signing.tsp;

import kz.qoltanba.signing.SigningException;

/** The TSA answered but refused the request (PKIStatus rejection/waiting/revocation…). */
public final class TimestampRejectedException extends SigningException {
    private static final long serialVersionUID = 1L;

    public TimestampRejectedException(String message) {
        super(message);
    }
}
