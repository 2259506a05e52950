package kz.qoltanba.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.qoltanba.portal.audit.AuditJournal;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.i18n.Messages;
import kz.qoltanba.portal.mail.Mailer;
import kz.qoltanba.portal.web.Feature;

/**
 * What every feature works with: the database, the clock every time rule reads, the configuration, the audit
 * journal, the mailer and the texts. Services that areas add (the signing pipeline, login challenges, stand-ins)
 * are registered by type through {@link Builder#with} and fetched with {@link #require}/{@link #find}.
 */
public final class PortalServices {
    private final PortalDatabase db;
    private final Clock clock;
    private final PortalConfig config;
    private final AuditJournal audit;
    private final Mailer mailer;
    private final Messages messages;
    private final Map<Class<?>, Object> extensions;
    private final List<AutoCloseable> closeables;

    private PortalServices(Builder b) {
        this.db = Objects.requireNonNull(b.db, "db");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.config = Objects.requireNonNull(b.config, "config");
        this.messages = b.messages != null ? b.messages : Messages.load(PortalServices.class.getClassLoader());
        this.audit = b.audit != null ? b.audit : new AuditJournal(clock);
        this.mailer = b.mailer != null ? b.mailer : new Mailer(clock, config.mailFrom());
        this.extensions = Map.copyOf(b.extensions);
        this.closeables = List.copyOf(b.closeables);
    }

    public static Builder builder(PortalDatabase db, PortalConfig config) {
        return new Builder(db, config);
    }

    public PortalDatabase db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public PortalConfig config() {
        return config;
    }

    public AuditJournal audit() {
        return audit;
    }

    public Mailer mailer() {
        return mailer;
    }

    public Messages messages() {
        return messages;
    }

    /** The service registered for {@code type}, if any. */
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(extensions.get(type)));
    }

    /** The service registered for {@code type}; fails naming the type when it was not wired. */
    public <T> T require(Class<T> type) {
        return find(type)
                .orElseThrow(
                        () -> new IllegalStateException("no " + type.getSimpleName() + " is wired into the portal"));
    }

    /** What the services registered to be closed when the portal stops, in registration order. */
    public List<AutoCloseable> closeables() {
        return closeables;
    }

    /** Collects the services; defaults: system UTC clock, texts from the classpath, journal and mailer on it. */
    public static final class Builder {
        private final PortalDatabase db;
        private final PortalConfig config;
        private Clock clock = Clock.systemUTC();
        private Messages messages;
        private AuditJournal audit;
        private Mailer mailer;
        private final Map<Class<?>, Object> extensions = new HashMap<>();
        private final List<AutoCloseable> closeables = new ArrayList<>();
        private List<Feature> features = List.of();

        private Builder(PortalDatabase db, PortalConfig config) {
            this.db = db;
            this.config = config;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder messages(Messages value) {
            this.messages = value;
            return this;
        }

        public Builder audit(AuditJournal value) {
            this.audit = value;
            return this;
        }

        public Builder mailer(Mailer value) {
            this.mailer = value;
            return this;
        }

        public PortalDatabase db() {
            return db;
        }

        public PortalConfig config() {
            return config;
        }

        public Clock clock() {
            return clock;
        }

        /** A service registered earlier (by the platform or a feature listed before), if any. */
        public <T> Optional<T> find(Class<T> type) {
            return Optional.ofNullable(type.cast(extensions.get(type)));
        }

        /** A service registered earlier; fails naming the type when there is none. */
        public <T> T require(Class<T> type) {
            return find(type)
                    .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " is registered yet"));
        }

        /** Something to close when the portal stops (a stand-in server, a pool), closed in reverse order. */
        public Builder closeOnStop(AutoCloseable resource) {
            closeables.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** The features whose {@code provide} runs in {@link #build()}, in this order. */
        public Builder features(List<Feature> value) {
            this.features = List.copyOf(value);
            return this;
        }

        /** Registers an area's service under {@code type}. */
        public <T> Builder with(Class<T> type, T service) {
            extensions.put(type, Objects.requireNonNull(service, type.getSimpleName()));
            return this;
        }

        /**
         * Lets every feature register its services ({@code Feature.provide}), then builds. When a feature fails,
         * what was registered to be closed is closed and the failure is passed on.
         */
        public PortalServices build() {
            for (Feature feature : features) {
                try {
                    feature.provide(this);
                } catch (Exception e) {
                    closeQuietly();
                    if (e instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(
                            feature.getClass().getSimpleName() + " could not start its services: " + e.getMessage(), e);
                }
            }
            return new PortalServices(this);
        }

        private void closeQuietly() {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                try {
                    closeables.get(i).close();
                } catch (Exception suppressed) {
                    // the start already failed; its cause is what matters
                }
            }
        }
    }
}
