package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigKey.*;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.bundle.nursign.config.PropertiesText.Entry;

/**
 * Turns the entries of {@code nursign.properties} into {@link NursignSettings}. A bad value is reported with its
 * key and line and the key keeps its last good value; a key that is absent or empty takes its default.
 */
final class SettingsReader {
    /** The environment variable that supplies {@code auth_pass} (it wins over the file). */
    static final String PASSWORD_VARIABLE = "NURSIGN_PROXY_PASSWORD";

    private SettingsReader() {}

    /** What one read produced; {@code good} is the state the next read falls back on. */
    record Result(NursignSettings settings, List<ConfigProblem> problems, GoodValues good) {}

    /** The last good text of every key, and the last good proxy (the proxy keys are checked together). */
    record GoodValues(Map<ConfigKey, String> raw, Optional<ProxySettings> proxy) {
        GoodValues {
            raw = Map.copyOf(raw);
        }

        static GoodValues defaults() {
            Map<ConfigKey, String> raw = new EnumMap<>(ConfigKey.class);
            for (ConfigKey key : ConfigKey.values()) {
                raw.put(key, key.defaultValue());
            }
            return new GoodValues(raw, Optional.empty());
        }
    }

    static Result read(PropertiesText.Parsed parsed, Map<String, String> environment, GoodValues previous) {
        List<ConfigProblem> problems = new ArrayList<>(parsed.problems());
        Map<ConfigKey, Entry> written = latestEntries(parsed.entries(), problems);
        Map<ConfigKey, String> good = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            Entry entry = written.get(key);
            String value = entry == null
                    ? ""
                    : key.isSecret() ? entry.value() : entry.value().trim();
            value = value.isEmpty() ? key.defaultValue() : value;
            try {
                key.check(value);
                good.put(key, value);
            } catch (BadValueException e) {
                String kept = previous.raw().get(key);
                String shown = !key.isShown() ? "the previous value" : kept.isEmpty() ? "it empty" : "'" + kept + "'";
                problems.add(new ConfigProblem(entry.key(), entry.line(), e.getMessage() + "; keeping " + shown));
                good.put(key, kept);
            }
        }
        TypedValues values = new TypedValues(good);
        Optional<ProxySettings> proxy =
                new ProxyGroup(values, written, environment, previous.proxy(), problems).proxy();
        NursignSettings settings = new NursignSettings(
                values.allowList(),
                values.mebibytes(MAX_FILE_SIZE),
                values.optionalUrl(CHECK_EXISTS_URL),
                values.url(TSA_URL),
                proxy,
                values.yes(USEHTTP),
                values.lang(),
                values.certCount());
        warnAboutCheckUrl(settings, written.get(CHECK_EXISTS_URL), problems);
        problems.sort(Comparator.comparingInt(ConfigProblem::line));
        return new Result(settings, List.copyOf(problems), new GoodValues(good, proxy));
    }

    /** The last entry of each known key (aliases included); unknown and repeated keys are reported. */
    private static Map<ConfigKey, Entry> latestEntries(List<Entry> entries, List<ConfigProblem> problems) {
        Map<ConfigKey, Entry> latest = new EnumMap<>(ConfigKey.class);
        for (Entry entry : entries) {
            Optional<ConfigKey> key = ConfigKey.byName(entry.key());
            if (key.isEmpty()) {
                String hint = ConfigKey.closeSpelling(entry.key())
                        .map(known -> " (keys are case-sensitive: did you mean " + known + "?)")
                        .orElse("");
                problems.add(new ConfigProblem(entry.key(), entry.line(), "unknown key, ignored" + hint));
                continue;
            }
            Entry earlier = latest.put(key.get(), entry);
            if (earlier != null) {
                String spelled = earlier.key().equals(entry.key()) ? "" : " as " + earlier.key();
                problems.add(new ConfigProblem(
                        entry.key(),
                        entry.line(),
                        "also set on line " + earlier.line() + spelled + "; this later line is used"));
            }
        }
        return latest;
    }

    /** A check URL the module would refuse at request time (error 14) is worth a warning now. */
    private static void warnAboutCheckUrl(NursignSettings settings, Entry entry, List<ConfigProblem> problems) {
        Optional<URI> checkUrl = settings.checkExistsUrl();
        if (entry == null || checkUrl.isEmpty()) {
            return;
        }
        AllowList.Decision decision = settings.allowList().allowsUrl(checkUrl.get(), settings.useHttp());
        if (!decision.allowed()) {
            problems.add(new ConfigProblem(
                    entry.key(), entry.line(), "the check will be refused (error 14): " + decision.reason()));
        }
    }

    /** The settings built only from the defaults. */
    static NursignSettings defaults() {
        return read(new PropertiesText.Parsed(List.of(), List.of()), Map.of(), GoodValues.defaults())
                .settings();
    }
}
