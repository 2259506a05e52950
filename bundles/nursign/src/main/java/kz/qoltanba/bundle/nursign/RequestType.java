package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletionStage;

/** One value of the request's {@code type} field. */
interface RequestType {
    /**
     * Answers the request's {@code result} value. Argument problems are thrown at once; later failures complete
     * the stage with a {@link NursignException}.
     */
    CompletionStage<JsonNode> answer(Call call) throws NursignException;
}
