package kz.qoltanba.portal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every UI text of the portal in Russian and Kazakh. Loaded once from the classpath folder {@code i18n/}: the
 * platform's {@code messages_ru.properties}/{@code messages_kk.properties} and every feature's own
 * {@code <feature>_ru.properties}/{@code <feature>_kk.properties} (UTF-8). A key defined twice in one language
 * stops the start, naming both files.
 */
public final class Messages {
    private final Map<Lang, Map<String, String>> texts;

    private Messages(Map<Lang, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** Loads every bundle in {@code i18n/} visible to {@code loader}. */
    public static Messages load(ClassLoader loader) {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        Map<String, String> origins = new HashMap<>();
        for (Lang lang : Lang.values()) {
            texts.put(lang, new HashMap<>());
        }
        for (BundleFiles.Bundle bundle : BundleFiles.find(loader, "i18n")) {
            Map<String, String> target = texts.get(bundle.lang());
            Properties properties = read(bundle.url());
            for (String key : properties.stringPropertyNames()) {
                String origin = bundle.lang().code() + ":" + key;
                String previous = origins.putIfAbsent(origin, bundle.name());
                if (previous != null && !previous.equals(bundle.name())) {
                    throw new IllegalStateException("the text key '" + key + "' ("
                            + bundle.lang().code() + ") is defined in both " + previous + " and " + bundle.name());
                }
                target.put(key, properties.getProperty(key));
            }
        }
        return new Messages(texts);
    }

    /** Builds messages from maps (tests). */
    public static Messages of(Map<String, String> russian, Map<String, String> kazakh) {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.RU, Map.copyOf(russian));
        texts.put(Lang.KK, Map.copyOf(kazakh));
        return new Messages(texts);
    }

    /** The texts of {@code lang}. */
    public Texts texts(Lang lang) {
        return new LanguageTexts(lang, texts.get(lang), texts.get(Lang.DEFAULT));
    }

    /** The keys defined in Russian but not in Kazakh (shown in tests so translations do not fall behind). */
    public List<String> missingInKazakh() {
        return texts.get(Lang.RU).keySet().stream()
                .filter(k -> !texts.get(Lang.KK).containsKey(k))
                .sorted()
                .toList();
    }

    private static Properties read(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream();
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts in " + url, e);
        }
        return properties;
    }
}
