package kz.qoltanba.signing.tsp;

import kz.qoltanba.signing.SigningException;

/**
 * The TSA's answer cannot be used: not a time-stamp response, or a token whose nonce, imprint or policy
 * does not match the request, or whose signature does not verify.
 */
public final class InvalidTimestampException extends SigningException {
    private static final long serialVersionUID = 1L;

    public InvalidTimestampException(String message) {
        super(message);
    }

    public InvalidTimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
