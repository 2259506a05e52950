package kz.qoltanba.bundle.nursign.config;

import java.util.Map;

/** Reads {@code nursign.properties} text the way the module does, for tests. */
final class ConfigTexts {
    private ConfigTexts() {}

    /** A first read of {@code text}: bad values fall back on the defaults. */
    static SettingsReader.Result read(String text) {
        return read(text, Map.of());
    }

    static SettingsReader.Result read(String text, Map<String, String> environment) {
        return SettingsReader.read(PropertiesText.parse(text), environment, SettingsReader.GoodValues.defaults());
    }

    /** A later read of {@code text} after {@code earlier}: bad values fall back on the earlier good ones. */
    static SettingsReader.Result reread(SettingsReader.Result earlier, String text) {
        return SettingsReader.read(PropertiesText.parse(text), Map.of(), earlier.good());
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
