package kz.qoltanba.portal.i18n;

import java.util.Locale;
import java.util.Optional;

/** The portal's languages: Russian (default) and Kazakh. */
public enum Lang {
    RU("ru"),
    KK("kk");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public static final Lang DEFAULT = RU;

    /** {@code "ru"} or {@code "kk"}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language with this code, if the portal has it. */
    public static Optional<Lang> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
