package kz.qoltanba.signing;

/** The PKCS#11 token is absent: its library is missing, or no token is in the configured slot. */
public final class TokenNotPresentException extends SigningException {
    private static final long serialVersionUID = 1L;

    public TokenNotPresentException(String message) {
        super(message);
    }

    public TokenNotPresentException(String message, Throwable cause) {
        super(message, cause);
    }
}
