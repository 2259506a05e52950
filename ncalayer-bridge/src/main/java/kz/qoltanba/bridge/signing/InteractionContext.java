package kz.qoltanba.bridge.signing;

import java.util.Objects;
import kz.qoltanba.bridge.spi.KeyFilter;

/**
 * Who asks, in which language, and which certificates the request accepts.
 *
 * @param origin the verified page origin in normal form, e.g. {@code https://goszakup.gov.kz}; show it
 *     prominently
 * @param connectionId the socket the request came from
 * @param locale language of the dialogs: {@code kk}, {@code ru} or {@code en}
 * @param filter the request's certificate filters ({@link KeyFilter#any()} for a plain file choice)
 */
public record InteractionContext(String origin, String connectionId, String locale, KeyFilter filter) {
    public InteractionContext {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(connectionId, "connectionId");
        locale = locale == null ? "kk" : locale;
        Objects.requireNonNull(filter, "filter");
    }
}
