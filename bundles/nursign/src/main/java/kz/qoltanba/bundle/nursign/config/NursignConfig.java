package kz.qoltanba.bundle.nursign.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The module's live configuration. {@link #current()} re-reads {@code nursign.properties} when its content changed
 * (looked at no more often than the check interval), so edits take effect without restarting the host. Each read
 * that finds problems hands them to the listener once; bad values keep their last good value.
 */
public final class NursignConfig {
    /** How often the file is looked at by default. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(NursignConfig.class.getName());

    private final Map<String, String> environment;
    private final String javaUserHome;
    private final Clock clock;
    private final long intervalMillis;
    private final Consumer<List<ConfigProblem>> listener;
    private final Object lock = new Object();

    private boolean loaded;
    private long lastCheckMillis;
    private Path lastFile;
    private String lastText;
    private NursignSettings settings = NursignSettings.defaults();
    private SettingsReader.GoodValues good = SettingsReader.GoodValues.defaults();
    private List<ConfigProblem> problems = List.of();

    private NursignConfig(
            Map<String, String> environment,
            String javaUserHome,
            Clock clock,
            Duration checkInterval,
            Consumer<List<ConfigProblem>> listener) {
        this.environment = Map.copyOf(environment);
        this.javaUserHome = Objects.requireNonNull(javaUserHome, "javaUserHome");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.intervalMillis = checkInterval.toMillis();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The configuration of this process: its environment, {@code user.home}, the system clock. */
    public static NursignConfig open(Consumer<List<ConfigProblem>> listener) {
        return create(
                System.getenv(),
                System.getProperty("user.home", ""),
                Clock.systemUTC(),
                DEFAULT_CHECK_INTERVAL,
                listener);
    }

    /**
     * @param environment where {@code NURSIGN_CONFIG}, {@code HOME} and {@code NURSIGN_PROXY_PASSWORD} are read
     * @param javaUserHome the home used when {@code HOME} is not set
     * @param checkInterval the file is looked at no more often than this
     * @param listener receives the problems of each read that has any (never a password), on the thread that
     *     called {@link #current()}, outside any lock
     */
    public static NursignConfig create(
            Map<String, String> environment,
            String javaUserHome,
            Clock clock,
            Duration checkInterval,
            Consumer<List<ConfigProblem>> listener) {
        return new NursignConfig(environment, javaUserHome, clock, checkInterval, listener);
    }

    /** The settings now in force; reads the file first when it is due for a look and has changed. */
    public NursignSettings current() {
        List<ConfigProblem> report = List.of();
        NursignSettings now;
        synchronized (lock) {
            long millis = clock.millis();
            if (!loaded || millis < lastCheckMillis || millis - lastCheckMillis >= intervalMillis) {
                loaded = true;
                lastCheckMillis = millis;
                report = refresh();
            }
            now = settings;
        }
        if (!report.isEmpty()) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The nursign.properties problem listener failed", e);
            }
        }
        return now;
    }

    /** The problems found by the last read (empty when the file is fine). */
    public List<ConfigProblem> problems() {
        synchronized (lock) {
            return problems;
        }
    }

    /** The file the settings come from. */
    public Path file() {
        return NursignConfigFile.locate(environment, javaUserHome);
    }

    /** Reads the file when it changed; answers the problems to report, empty when there is nothing new. */
    private List<ConfigProblem> refresh() {
        Path file = file();
        String text;
        try {
            NursignConfigFile.createIfMissing(file);
            text = NursignConfigFile.read(file);
        } catch (IOException | RuntimeException e) {
            lastText = null;
            List<ConfigProblem> unreadable = List.of(ConfigProblem.ofFile("cannot read or create " + file + " ("
                    + e.getMessage() + "); the module keeps its previous settings"));
            boolean isNew = !unreadable.equals(problems);
            problems = unreadable;
            return isNew ? unreadable : List.of();
        }
        if (file.equals(lastFile) && text.equals(lastText)) {
            return List.of();
        }
        lastFile = file;
        lastText = text;
        SettingsReader.Result result = SettingsReader.read(PropertiesText.parse(text), environment, good);
        settings = result.settings();
        good = result.good();
        problems = result.problems();
        return problems;
    }
}
