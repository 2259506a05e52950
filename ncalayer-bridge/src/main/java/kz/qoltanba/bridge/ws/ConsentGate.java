package kz.qoltanba.bridge.ws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.origin.OriginPolicy;

/**
 * Per socket: whether the page may be served. A socket whose origin needs consent asks the user once, before
 * its first request is handled; the answer holds for the socket's life ("always" also for later sockets).
 * Used only from the socket's one-at-a-time request worker.
 */
final class ConsentGate {
    private final Origin origin;
    private final ConsentPrompt prompt;
    private final OriginPolicy policy;
    private Boolean allowed;

    private ConsentGate(Origin origin, ConsentPrompt prompt, OriginPolicy policy, Boolean allowed) {
        this.origin = origin;
        this.prompt = prompt;
        this.policy = policy;
        this.allowed = allowed;
    }

    static ConsentGate open(Origin origin) {
        return new ConsentGate(origin, null, null, Boolean.TRUE);
    }

    static ConsentGate askFirst(Origin origin, ConsentPrompt prompt, OriginPolicy policy) {
        return new ConsentGate(origin, prompt, policy, null);
    }

    CompletionStage<Boolean> allowed() {
        if (allowed != null) {
            return CompletableFuture.completedFuture(allowed);
        }
        CompletionStage<Consent> answer;
        try {
            answer = prompt.ask(origin);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        if (answer == null) {
            answer = CompletableFuture.completedFuture(Consent.DENY);
        }
        return answer.handle((consent, failure) -> {
            allowed = failure == null && consent != null && consent != Consent.DENY;
            if (consent == Consent.ALLOW_ALWAYS) {
                policy.rememberAllowed(origin);
            }
            return allowed;
        });
    }
}
