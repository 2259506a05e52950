package kz.qoltanba.bridge.host;

import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;

/** A bundle's module whose requests, when they end, close the progress the bundle left open for that socket. */
final class ModuleRequests implements NcaModule {
    private final NcaModule module;
    private final long bundleId;
    private final OpenProgress progress;

    ModuleRequests(NcaModule module, long bundleId, OpenProgress progress) {
        this.module = module;
        this.bundleId = bundleId;
        this.progress = progress;
    }

    @Override
    public CompletionStage<String> handle(ModuleRequest request) {
        CompletionStage<String> answer;
        try {
            answer = module.handle(request);
        } catch (RuntimeException e) {
            progress.requestEnded(bundleId, request.connectionId());
            throw e;
        }
        if (answer == null) {
            progress.requestEnded(bundleId, request.connectionId());
            return null;
        }
        return answer.whenComplete((text, failure) -> progress.requestEnded(bundleId, request.connectionId()));
    }
}
