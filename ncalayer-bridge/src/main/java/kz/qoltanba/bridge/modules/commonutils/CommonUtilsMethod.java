package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** One wire method of the module. */
interface CommonUtilsMethod {
    /** The parameter types, in order; a call must have exactly this many arguments. */
    List<ArgType> parameters();

    /**
     * The {@code responseObject}, or a stage holding null for a method that answers only {@code code}. A
     * {@link CommonUtilsException}, thrown or inside the stage, becomes the module's error form; host failures
     * (cancel, no certificate, signing failed) are left to the host's error mapping.
     */
    CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException;
}
