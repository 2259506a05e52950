package kz.qoltanba.bridge.origin;

import java.util.concurrent.CompletionStage;

/**
 * Asks the user whether a page origin that is not configured may use the bridge. The desktop implementation
 * is a dialog; tests pass a fake.
 */
@FunctionalInterface
public interface ConsentPrompt {
    CompletionStage<Consent> ask(Origin origin);

    /** The answer used where no one can be asked: deny. */
    static ConsentPrompt denyAll() {
        return origin -> java.util.concurrent.CompletableFuture.completedFuture(Consent.DENY);
    }
}
