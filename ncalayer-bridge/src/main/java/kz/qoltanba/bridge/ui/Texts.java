package kz.qoltanba.bridge.ui;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** The user-visible sentences of one language, from {@code messages*.properties} (UTF-8). */
final class Texts {
    private static final String BUNDLE = "kz.qoltanba.bridge.ui.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Texts of(Language language) {
        // No fallback to the JVM's default locale: English is the base bundle, the other two override it.
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Texts(language, ResourceBundle.getBundle(BUNDLE, language.locale(), noFallback));
    }

    Language language() {
        return language;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A validity period as {@code dd.MM.yyyy – dd.MM.yyyy} in the user's time zone. */
    String validity(Instant from, Instant to, ZoneId zone) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
        return dates.format(from) + " – " + dates.format(to);
    }

    /** A dash for fields a certificate does not carry. */
    String orNone(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
