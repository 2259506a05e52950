package kz.qoltanba.bridge.spi;

/** The password or PIN stayed wrong after the dialog's retries (or in unattended mode). */
public final class WrongPasswordException extends HostException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message) {
        super(message);
    }
}
