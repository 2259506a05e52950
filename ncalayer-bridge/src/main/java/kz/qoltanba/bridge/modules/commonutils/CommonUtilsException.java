package kz.qoltanba.bridge.modules.commonutils;

/** A request the module answers with its error form {@code {"code":"500","message":M}}. */
final class CommonUtilsException extends Exception {
    private static final long serialVersionUID = 1L;

    CommonUtilsException(String message) {
        super(message);
    }
}
