package kz.qoltanba.signing.tsp;

import kz.qoltanba.signing.SigningException;

/** The TSA could not be reached or did not answer with a time-stamp response (network, timeout, HTTP). */
public final class TsaUnavailableException extends SigningException {
    private static final long serialVersionUID = 1L;

    public TsaUnavailableException(String message) {
        super(message);
    }

    public TsaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
