package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import kz.qoltanba.bundle.nursign.config.NursignSettings;
import kz.qoltanba.bundle.nursign.http.PortalHttp;

/**
 * One request with what it is judged against: the settings snapshot taken when it arrived and an HTTP client
 * for that snapshot.
 */
record Call(JsonNode request, String origin, String connectionId, NursignSettings settings, PortalHttp http) {

    /** A required string field. */
    String text(String field) throws NursignException {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw NursignException.badRequest("The field '" + field + "' is missing.");
        }
        if (!value.isTextual()) {
            throw NursignException.badRequest("The field '" + field + "' must be a string.");
        }
        return value.asText();
    }

    /** A required field holding an absolute http(s) URL. */
    URI url(String field) throws NursignException {
        String value = text(field);
        try {
            URI url = new URI(value);
            if (!url.isAbsolute() || url.getHost() == null) {
                throw NursignException.badRequest("The field '" + field + "' is not an absolute URL.");
            }
            return url;
        } catch (URISyntaxException e) {
            throw NursignException.badRequest("The field '" + field + "' is not a valid URL: " + e.getReason());
        }
    }

    String lang() {
        return settings.lang();
    }
}
