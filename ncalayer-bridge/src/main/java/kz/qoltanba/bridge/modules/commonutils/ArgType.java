package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a positional argument must have; types match exactly (no coercion). */
enum ArgType {
    STRING {
        @Override
        boolean matches(JsonNode value) {
            return value.isTextual();
        }
    },
    BOOLEAN {
        @Override
        boolean matches(JsonNode value) {
            return value.isBoolean();
        }
    },
    STRING_ARRAY {
        @Override
        boolean matches(JsonNode value) {
            if (!value.isArray()) {
                return false;
            }
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    return false;
                }
            }
            return true;
        }
    };

    abstract boolean matches(JsonNode value);
}
