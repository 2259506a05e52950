package kz.qoltanba.bridge.modules;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Small helpers for the completion stages the host answers with. */
public final class Stages {
    private Stages() {}

    /** The failure a stage completed with, without the {@link CompletionException} wrappers. */
    public static Throwable cause(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
