package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads what a module's answer means for the audit log: {@code answered}, {@code cancelled} or
 * {@code refused: <code>}, from the envelope of the contract (commonUtils {@code code}/{@code action.canceled},
 * basics {@code status}/an empty {@code body}, NURSign {@code errorCode} 1 for a cancel, the neutral
 * {@code success:false}). Only the top-level fields are read and large values are skipped, so a signed document
 * costs one pass over its bytes.
 */
public final class AnswerOutcome {
    public static final String ANSWERED = "answered";
    public static final String CANCELLED = "cancelled";

    private static final String CANCEL_MESSAGE = "action.canceled";
    private static final String NURSIGN_CANCEL = "1";

    private final JsonFactory json = new JsonFactory();

    private static final class Fields {
        String code;
        String message;
        String errorCode;
        Boolean status;
        Boolean success;
        boolean bodyWithoutResult;
    }

    public String of(String module, String answer) {
        Fields fields;
        try {
            fields = read(answer);
        } catch (IOException e) {
            return ANSWERED; // not an object: the module's own shape (accessory's lists), nothing to read
        }
        if (CANCEL_MESSAGE.equals(fields.message)
                || (Boolean.TRUE.equals(fields.status) && fields.bodyWithoutResult)
                || (ModuleNames.NURSIGN.equals(module) && NURSIGN_CANCEL.equals(fields.errorCode))) {
            return CANCELLED;
        }
        if (Boolean.FALSE.equals(fields.status) || Boolean.FALSE.equals(fields.success)) {
            return refused(fields.code != null ? fields.code : fields.errorCode);
        }
        if (fields.errorCode != null && !"NONE".equals(fields.errorCode)) {
            return refused(fields.errorCode);
        }
        if (fields.code != null && !"200".equals(fields.code)) {
            return refused(fields.code);
        }
        return ANSWERED;
    }

    private static String refused(String code) {
        return "refused: " + (code == null ? "error" : code);
    }

    private Fields read(String answer) throws IOException {
        Fields fields = new Fields();
        try (JsonParser parser = json.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "code" -> fields.code = scalar(parser, value);
                    case "message" -> fields.message = scalar(parser, value);
                    case "errorCode" -> fields.errorCode = scalar(parser, value);
                    case "status" -> fields.status = bool(value);
                    case "success" -> fields.success = bool(value);
                    case "body" -> fields.bodyWithoutResult = bodyWithoutResult(parser, value);
                    default -> parser.skipChildren();
                }
            }
        }
        return fields;
    }

    private static boolean bodyWithoutResult(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        return !hasResult(parser);
    }

    private static boolean hasResult(JsonParser parser) throws IOException {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            found |= "result".equals(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return found;
    }

    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    private static Boolean bool(JsonToken value) {
        return value == JsonToken.VALUE_TRUE ? Boolean.TRUE : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }
}
