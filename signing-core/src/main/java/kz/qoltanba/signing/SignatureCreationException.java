package kz.qoltanba.signing;

/** The cryptographic operation itself failed (provider error, token refused the operation, …). */
public final class SignatureCreationException extends SigningException {
    private static final long serialVersionUID = 1L;

    public SignatureCreationException(String message, Throwable cause) {
        super(message, cause);
    }
}
