package kz.qoltanba.bridge.ws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.Origin;

/**
 * Per socket: whether the page may be served. A socket whose origin needs consent asks once, before its first
 * request is handled, through the shared {@link ConsentQuestions} (one question per origin for all its sockets);
 * the answer holds for the socket's life. Used only from the socket's one-at-a-time request worker.
 */
final class ConsentGate {
    private final Origin origin;
    private final ConsentQuestions questions;
    private Boolean allowed;

    private ConsentGate(Origin origin, ConsentQuestions questions, Boolean allowed) {
        this.origin = origin;
        this.questions = questions;
        this.allowed = allowed;
    }

    static ConsentGate open(Origin origin) {
        return new ConsentGate(origin, null, Boolean.TRUE);
    }

    static ConsentGate askFirst(Origin origin, ConsentQuestions questions) {
        return new ConsentGate(origin, questions, null);
    }

    CompletionStage<Boolean> allowed() {
        if (allowed != null) {
            return CompletableFuture.completedFuture(allowed);
        }
        return questions.ask(origin).thenApply(consent -> {
            allowed = consent != Consent.DENY;
            return allowed;
        });
    }
}
