package kz.qoltanba.bridge.ui;

import java.util.Locale;
import java.util.Optional;

/** A language of the dialogs and menus, as the wire names it in {@code changeLocale} / {@code locale}. */
public enum Language {
    KK("kk", "Қазақша"),
    RU("ru", "Русский"),
    EN("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** The wire code: {@code kk}, {@code ru} or {@code en}. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as shown in the language menu. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return new Locale(code);
    }

    /** Reads a wire code, case-insensitively; {@code kz} is accepted for Kazakh as older pages send it. */
    public static Optional<Language> fromCode(String unverifiedCode) {
        if (unverifiedCode == null) {
            return Optional.empty();
        }
        String normal = unverifiedCode.trim().toLowerCase(Locale.ROOT);
        if (normal.equals("kz")) {
            return Optional.of(KK);
        }
        for (Language language : values()) {
            if (language.code.equals(normal)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
