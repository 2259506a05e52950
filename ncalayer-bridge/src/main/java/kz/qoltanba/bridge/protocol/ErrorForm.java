package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How one module writes an error (and a cancel) on the wire. */
interface ErrorForm {
    ObjectNode envelope(ErrorCode code, String message);

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** commonUtils: {@code {"code":"500","message":M}}; a cancel is message {@code action.canceled}. */
    static ObjectNode commonUtils(ErrorCode code, String message) {
        return JSON.objectNode().put("code", "500").put("message", message);
    }

    /** basics: {@code {"status":false,"code":C,"message":M,"details":D}}; a cancel is {@code {"status":true,"body":{}}}. */
    static ObjectNode basics(ErrorCode code, String message) {
        if (code == ErrorCode.CANCELLED) {
            ObjectNode cancel = JSON.objectNode().put("status", true);
            cancel.putObject("body");
            return cancel;
        }
        String basicsCode = switch (code) {
            case NO_SUITABLE_CERTIFICATE, WRONG_PASSWORD, SIGNING_FAILED -> "SIGNING_FAILURE";
            default -> "GENERAL_ERROR";
        };
        return JSON.objectNode()
                .put("status", false)
                .put("code", basicsCode)
                .put("message", message)
                .put("details", message);
    }

    /** NURSign: {@code {"result":null,"errorCode":N,"message":M}} with the portal's numbers. */
    static ObjectNode nurSign(ErrorCode code, String message) {
        int number = switch (code) {
            case CANCELLED -> 1;
            case NO_SUITABLE_CERTIFICATE -> 8;
            case SIGNING_FAILED -> 10;
            case WRONG_PASSWORD -> 17;
            case ORIGIN_DENIED -> 14;
            default -> 6;
        };
        ObjectNode node = JSON.objectNode();
        node.putNull("result");
        return node.put("errorCode", number).put("message", message);
    }

    /** Any other module, and the module-neutral form: {@code {"success":false,"errorCode":C,"message":M}}. */
    static ObjectNode neutral(ErrorCode code, String message) {
        return JSON.objectNode()
                .put("success", false)
                .put("errorCode", code.name())
                .put("message", message);
    }
}
