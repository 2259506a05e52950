package kz.qoltanba.portal.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.portal.PortalApp;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.TrustAnchors;
import kz.qoltanba.portal.db.PortalDatabase;

/**
 * The portal on a random port of 127.0.0.1 in dev mode over a given database, with extra features for tests;
 * features' {@code provide} runs as in production, but no dev PKI is started (use {@code RunningPortal.start} on a
 * free port for that). Close it to stop the server and the features' resources (the database stays open; the
 * caller owns it).
 */
public final class TestPortal implements AutoCloseable {
    private final Javalin app;
    private final PortalServices services;

    private TestPortal(Javalin app, PortalServices services) {
        this.app = app;
        this.services = services;
    }

    /** Dev-mode configuration with data under {@code dataDirectory}, plus {@code overrides}. */
    public static PortalConfig devConfig(Path dataDirectory, Map<String, String> overrides) {
        Map<String, String> env = new java.util.HashMap<>(overrides);
        env.putIfAbsent("PORTAL_DEV", "true");
        env.putIfAbsent("PORTAL_DATA_DIR", dataDirectory.toString());
        return PortalConfig.load(env, Map.of(), List.of());
    }

    public static TestPortal start(PortalDatabase db, PortalConfig config, Clock clock, Feature... extra) {
        List<Feature> features = new ArrayList<>(PortalApp.features());
        features.addAll(List.of(extra));
        PortalServices services = PortalServices.builder(db, config)
                .clock(clock)
                .features(features)
                .with(TrustAnchors.class, TrustAnchors.load(config, Optional.empty()))
                .build();
        Javalin app = PortalApp.create(services, features).start("127.0.0.1", 0);
        return new TestPortal(app, services);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public PortalServices services() {
        return services;
    }

    @Override
    public void close() {
        app.stop();
        List<AutoCloseable> closeables = services.closeables();
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop " + closeables.get(i), e);
            }
        }
    }
}
