package kz.qoltanba.bundle.nursign;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;

/** Turns what the host's services fail with into the module's codes. */
final class HostFailures {
    private HostFailures() {}

    /**
     * @param signingCode the code for a signature the host could not make (9 for XML, 10 for CMS)
     */
    static NursignException translate(Throwable failure, ErrorCode signingCode) {
        Throwable cause = unwrap(failure);
        if (cause instanceof NursignException e) {
            return e;
        }
        NursignException own = ownFailure(cause);
        if (own != null) {
            return own;
        }
        if (cause instanceof UserCancelledException) {
            return new NursignException(ErrorCode.CANCELLED, "The user cancelled.");
        }
        if (cause instanceof WrongPasswordException) {
            return new NursignException(ErrorCode.WRONG_PASSWORD, "Wrong password.");
        }
        if (cause instanceof NoSuitableCertificateException) {
            return new NursignException(ErrorCode.NO_CERTIFICATE, "No certificate could be chosen.");
        }
        String what = signingCode == ErrorCode.XML_FAILED ? "The XML could not be signed" : "The CMS could not be made";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new NursignException(signingCode, what + ": " + detail, cause);
    }

    /** The module's own failure behind a host exception, e.g. a file that could not be read for the key's digest. */
    private static NursignException ownFailure(Throwable failure) {
        for (Throwable current = failure.getCause(); current != null; current = current.getCause()) {
            if (current instanceof NursignException e) {
                return e;
            }
        }
        return null;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
