package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The shape of {@code args} the two NCA modules require, checked before the module sees the request: a
 * commonUtils request without {@code args} means {@code args: []}; commonUtils {@code args} that is not an
 * array, or basics {@code args} that is not an object, is that module's argument error.
 */
public final class ArgumentShape {
    private final ErrorMapper errors = new ErrorMapper();

    /** Adds {@code "args": []} to a commonUtils request that has none; returns whether it did. */
    public boolean fillMissingArgs(String module, ObjectNode unverifiedRequest) {
        if (ModuleNames.COMMON_UTILS.equals(module) && !unverifiedRequest.has("args")) {
            unverifiedRequest.putArray("args");
            return true;
        }
        return false;
    }

    /** The module's argument error, or empty when {@code args} has the shape the module needs. */
    public Optional<ObjectNode> check(String module, ObjectNode unverifiedRequest) {
        JsonNode args = unverifiedRequest.get("args");
        if (ModuleNames.COMMON_UTILS.equals(module)) {
            return args == null || args.isArray()
                    ? Optional.empty()
                    : Optional.of(errors.argumentMismatch(module, methodOf(unverifiedRequest)));
        }
        if (ModuleNames.BASICS.equals(module) && args != null && !args.isObject()) {
            return Optional.of(errors.argumentMismatch(module, methodOf(unverifiedRequest)));
        }
        return Optional.empty();
    }

    private static String methodOf(ObjectNode request) {
        JsonNode method = request.get("method");
        return method != null && method.isTextual() ? method.asText() : "";
    }
}
