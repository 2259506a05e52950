package kz.qoltanba.portal.e2e;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.qoltanba.portal.PortalApp;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.TrustAnchors;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.signing.PortalSigning;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.signing.devpki.DevPki;

/**
 * The whole portal ({@code PortalApp.features()} plus test features, each feature's {@code provide} run) on a free
 * port of 127.0.0.1 in dev mode, over a given database, trusting the test PKI (registered as the dev PKI and the
 * trust anchors), with the signing pipeline and login challenges wired. Close it to
 * stop the web server; the caller owns the database.
 */
public final class PortalUnderTest implements AutoCloseable {
    private final Javalin app;
    private final PortalServices services;

    private PortalUnderTest(Javalin app, PortalServices services) {
        this.app = app;
        this.services = services;
    }

    /** Options of a start: configuration keys, extra services, extra features. */
    public static final class Options {
        private final Map<String, String> environment = new HashMap<>();
        private Consumer<PortalServices.Builder> services = b -> {};
        private List<Feature> features = List.of();

        public Options env(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Options services(Consumer<PortalServices.Builder> value) {
            this.services = value;
            return this;
        }

        public Options features(Feature... value) {
            this.features = List.of(value);
            return this;
        }
    }

    public static Options options() {
        return new Options();
    }

    public static PortalUnderTest start(PortalDatabase db, Clock clock, TestPki pki, Options options) {
        Map<String, String> env = new HashMap<>(options.environment);
        int port = env.containsKey("PORTAL_PORT") ? Integer.parseInt(env.get("PORTAL_PORT")) : freePort();
        env.putIfAbsent("PORTAL_DEV", "true");
        env.putIfAbsent("PORTAL_DATA_DIR", dataDirectory().toString());
        env.put("PORTAL_PORT", Integer.toString(port));
        PortalConfig config = PortalConfig.load(env, Map.of(), List.of());
        List<Feature> features = new ArrayList<>(PortalApp.features());
        features.addAll(options.features);
        PortalServices.Builder builder = PortalServices.builder(db, config)
                .clock(clock)
                .features(features)
                .with(DevPki.class, pki.pki())
                .with(TrustAnchors.class, new TrustAnchors(pki.trustAnchors()));
        PortalSigning.register(builder, pki.settings(config.origin().toString()), clock);
        options.services.accept(builder);
        PortalServices services = builder.build();
        Javalin app = PortalApp.create(services, features).start("127.0.0.1", port);
        return new PortalUnderTest(app, services);
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT}, the origin pages are served from. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    public String url(String path) {
        return origin() + path;
    }

    public PortalServices services() {
        return services;
    }

    @Override
    public void close() {
        app.stop();
        for (AutoCloseable resource : services.closeables()) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop " + resource, e);
            }
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory("portal-under-test");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory", e);
        }
    }
}
