package kz.qoltanba.portal.procurement.login;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.UUID;
import kz.qoltanba.portal.web.PageException;

/** Reads {@code {requestId, signed}} of a completed signature, sent as JSON or as form fields. */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Completion(UUID requestId, String signed) {}

    private JsonBody() {}

    static Completion completion(Context ctx) {
        String requestId;
        String signed;
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json")) {
            try {
                JsonNode body = JSON.readTree(ctx.body());
                requestId = body.path("requestId").asText(null);
                signed = body.path("signed").asText(null);
            } catch (JsonProcessingException e) {
                throw PageException.badRequest("procurement.error.bad_request");
            }
        } else {
            requestId = ctx.formParam("requestId");
            signed = ctx.formParam("signed");
        }
        if (requestId == null || signed == null || signed.isBlank()) {
            throw PageException.badRequest("procurement.error.bad_request");
        }
        try {
            return new Completion(UUID.fromString(requestId), signed);
        } catch (IllegalArgumentException e) {
            throw PageException.badRequest("procurement.error.bad_request");
        }
    }
}
