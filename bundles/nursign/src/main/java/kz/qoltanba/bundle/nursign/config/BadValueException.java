package kz.qoltanba.bundle.nursign.config;

/** A value of {@code nursign.properties} that its key does not accept; the message says why. */
final class BadValueException extends Exception {
    private static final long serialVersionUID = 1L;

    BadValueException(String message) {
        super(message);
    }
}
