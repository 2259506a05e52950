package kz.qoltanba.bridge.modules;

import java.util.Optional;

/** The dialog languages: {@code kk}, {@code ru}, {@code en}; {@code kz} is read as {@code kk}. */
public final class Locales {
    private Locales() {}

    public static Optional<String> normalise(String requested) {
        return switch (requested) {
            case "kk", "kz" -> Optional.of("kk");
            case "ru" -> Optional.of("ru");
            case "en" -> Optional.of("en");
            default -> Optional.empty();
        };
    }
}
