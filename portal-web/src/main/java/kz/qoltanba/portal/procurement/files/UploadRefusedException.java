package kz.qoltanba.portal.procurement.files;

/**
 * An upload or check the portal does not accept: answered with {@code status} and a JSON body
 * {@code {"error":code,"message":message}}; nothing is stored.
 */
public final class UploadRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    UploadRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
