package kz.qoltanba.bundle.nursign.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads the portal's small JSON answers (at most 64 KiB) and checks them against the contract. */
final class PortalAnswers {
    static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PortalAnswers() {}

    /** {@code {"exists":true,"file_id":"…"}} or {@code {"exists":false}}. */
    static PortalHttp.CheckAnswer check(byte[] body) throws BadAnswerException {
        JsonNode answer = object(body);
        JsonNode exists = answer.get("exists");
        if (exists == null || !exists.isBoolean()) {
            throw new BadAnswerException("\"exists\" is missing or not true/false");
        }
        if (!exists.booleanValue()) {
            return new PortalHttp.CheckAnswer(false, null);
        }
        return new PortalHttp.CheckAnswer(true, text(answer, "file_id"));
    }

    /** {@code {"file_id":"…","file_name":"…","file_size":n}}. */
    static PortalHttp.UploadAnswer upload(byte[] body) throws BadAnswerException {
        JsonNode answer = object(body);
        JsonNode size = answer.get("file_size");
        if (size == null || !size.canConvertToLong() || !size.isIntegralNumber() || size.longValue() < 0) {
            throw new BadAnswerException("\"file_size\" is missing or not a non-negative whole number");
        }
        return new PortalHttp.UploadAnswer(text(answer, "file_id"), text(answer, "file_name"), size.longValue());
    }

    static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
        if (body.length > MAX_ANSWER_BYTES) {
            throw new IOException("the answer is longer than " + MAX_ANSWER_BYTES + " bytes");
        }
        return body;
    }

    private static JsonNode object(byte[] body) throws BadAnswerException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadAnswerException("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadAnswerException("the answer is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadAnswerException("the answer is not JSON (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonNode answer, String field) throws BadAnswerException {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new BadAnswerException("\"" + field + "\" is missing or not a non-empty string");
        }
        return value.textValue();
    }

    /** The answer does not follow the contract; the message says which field. */
    static final class BadAnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        BadAnswerException(String message) {
            super(message);
        }
    }
}
