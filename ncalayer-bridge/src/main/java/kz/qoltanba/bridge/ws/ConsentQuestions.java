package kz.qoltanba.bridge.ws;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.origin.OriginPolicy;

/**
 * The consent questions of all sockets: at most one pending question per origin, whose answer serves every
 * socket of that origin waiting for it (a page that opens several sockets gets one dialog). "Allow always" is
 * handed to the policy, which keeps it; a socket opened later from that origin is then not asked again.
 */
final class ConsentQuestions {
    private final ConsentPrompt prompt;
    private final OriginPolicy policy;
    private final Map<Origin, CompletableFuture<Consent>> pending = new ConcurrentHashMap<>();

    ConsentQuestions(ConsentPrompt prompt, OriginPolicy policy) {
        this.prompt = prompt;
        this.policy = policy;
    }

    /** The answer for {@code origin}: the pending question's when there is one, else a new question's. */
    CompletionStage<Consent> ask(Origin origin) {
        if (policy.allowedByUser(origin)) {
            return CompletableFuture.completedFuture(Consent.ALLOW_ALWAYS);
        }
        CompletableFuture<Consent> created = new CompletableFuture<>();
        CompletableFuture<Consent> question = pending.putIfAbsent(origin, created);
        if (question != null) {
            return question;
        }
        askNow(origin).whenComplete((consent, failure) -> {
            Consent answer = failure == null && consent != null ? consent : Consent.DENY;
            if (answer == Consent.ALLOW_ALWAYS) {
                policy.rememberAllowed(origin);
            }
            pending.remove(origin, created);
            created.complete(answer);
        });
        return created;
    }

    private CompletionStage<Consent> askNow(Origin origin) {
        try {
            CompletionStage<Consent> answer = prompt.ask(origin);
            return answer != null ? answer : CompletableFuture.completedFuture(Consent.DENY);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
