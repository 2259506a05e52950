package kz.qoltanba.bridge.cli;

/**
 * A command could not do its work for a reason outside the signature library (a missing or unreadable
 * file, an empty key store); exit code 3. The message names the problem and never holds a secret.
 */
final class CommandFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
