package kz.qoltanba.portal.i18n;

import java.text.MessageFormat;
import java.util.Map;

/** One language's view of {@link Messages}: the language first, then Russian, then a visible marker. */
final class LanguageTexts implements Texts {
    private final Lang lang;
    private final Map<String, String> own;
    private final Map<String, String> fallback;

    LanguageTexts(Lang lang, Map<String, String> own, Map<String, String> fallback) {
        this.lang = lang;
        this.own = own;
        this.fallback = fallback;
    }

    @Override
    public Lang lang() {
        return lang;
    }

    @Override
    public String t(String key, Object... args) {
        String pattern = own.get(key);
        if (pattern == null) {
            pattern = fallback.get(key);
        }
        if (pattern == null) {
            return "???" + key + "???";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    @Override
    public boolean has(String key) {
        return own.containsKey(key) || fallback.containsKey(key);
    }
}
