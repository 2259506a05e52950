package kz.qoltanba.bundle.nursign.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to values that have already passed their key's check. */
final class TypedValues {
    private final Map<ConfigKey, String> good;

    TypedValues(Map<ConfigKey, String> good) {
        this.good = good;
    }

    String text(ConfigKey key) {
        return good.get(key);
    }

    boolean yes(ConfigKey key) {
        return get(key, ValueParsers::yesNo);
    }

    long mebibytes(ConfigKey key) {
        return get(key, ValueParsers::mebibytes);
    }

    int port(ConfigKey key) {
        return get(key, ValueParsers::port);
    }

    URI url(ConfigKey key) {
        return get(key, ValueParsers::url);
    }

    Optional<URI> optionalUrl(ConfigKey key) {
        return get(key, ValueParsers::optionalUrl);
    }

    List<URI> allowList() {
        return get(ConfigKey.ALLOW_ADDRESSES, ValueParsers::allowList);
    }

    String lang() {
        return get(ConfigKey.LANG, ValueParsers::lang);
    }

    int certCount() {
        return get(ConfigKey.CERT_COUNT, ValueParsers::certCount);
    }

    private <T> T get(ConfigKey key, ValueParsers.Parser<T> parser) {
        try {
            return parser.parse(good.get(key));
        } catch (BadValueException e) {
            throw new IllegalStateException("value of " + key.key() + " passed its check but does not parse", e);
        }
    }
}
