package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Locales;

/** {@code changeLocale(ru|kk|en)} ({@code kz} is read as {@code kk}): the language of later dialogs. */
final class ChangeLocale implements CommonUtilsMethod {
    private final SessionState state;

    ChangeLocale(SessionState state) {
        this.state = state;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        String locale = Locales.normalise(call.string(0))
                .orElseThrow(() -> new CommonUtilsException(
                        "Unsupported locale '" + KeyChoice.printable(call.string(0)) + "'; use ru, kk or en."));
        state.locale(locale);
        return CompletableFuture.completedFuture(null);
    }
}
