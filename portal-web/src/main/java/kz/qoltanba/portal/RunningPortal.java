package kz.qoltanba.portal;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.demo.DemoActor;
import kz.qoltanba.portal.demo.DemoActors;
import kz.qoltanba.portal.demo.DemoKeys;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.DevPkiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started portal: database, (dev mode) the development PKI's servers, (demo) the demo key files and rows, and
 * the web server. Closing stops them in reverse order.
 *
 * <p>In dev mode the services carry the {@link DevPki} (its roots are trusted besides {@code PORTAL_TRUST}); with
 * the demo also the {@link DemoActors}.
 */
public final class RunningPortal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningPortal.class);

    private final PortalServices services;
    private final Javalin app;
    private final List<AutoCloseable> resources;

    private RunningPortal(PortalServices services, Javalin app, List<AutoCloseable> resources) {
        this.services = services;
        this.app = app;
        this.resources = resources;
    }

    /** Opens the database named by {@code config}, starts the dev stand-ins when asked, and serves. */
    public static RunningPortal start(PortalConfig config) throws IOException, SigningException {
        PortalConfig.Database database = config.database();
        PortalDatabase db = database.embedded()
                ? PortalDatabase.embedded(config.embeddedDatabaseDirectory(), database.embeddedPort())
                : PortalDatabase.external(database.url().orElseThrow(), database.user(), database.password());
        return start(db, config, Clock.systemUTC(), PortalApp.features());
    }

    /**
     * Starts on an open database (closed again with the portal); tests pass a test database, a clock and their
     * features.
     */
    public static RunningPortal start(PortalDatabase db, PortalConfig config, Clock clock, List<Feature> features)
            throws IOException, SigningException {
        List<AutoCloseable> resources = new ArrayList<>();
        resources.add(db);
        try {
            PortalServices.Builder builder =
                    PortalServices.builder(db, config).clock(clock).features(features);
            DemoActors actors = null;
            DevPki devPki = null;
            if (config.devMode()) {
                DevPkiServer pkiServer = DevPkiServer.start(0, clock, new SecureRandom());
                resources.add(pkiServer);
                devPki = pkiServer.pki();
                builder.with(DevPki.class, devPki);
                if (config.demo()) {
                    actors = new DemoKeys(pkiServer.pki(), clock, new SecureRandom())
                            .writeTo(config.demoKeysDirectory());
                    builder.with(DemoActors.class, actors);
                }
            }
            builder.with(TrustAnchors.class, TrustAnchors.load(config, Optional.ofNullable(devPki)));
            PortalServices services = builder.build();
            resources.addAll(services.closeables());
            if (actors != null) {
                seed(services, features, actors);
            }
            Javalin app = PortalApp.create(services, features).start(config.host(), config.port());
            return new RunningPortal(services, app, resources);
        } catch (IOException | SigningException | RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static void seed(PortalServices services, List<Feature> features, DemoActors actors) {
        for (Feature feature : features) {
            for (DemoSeed seed : feature.demoSeeds()) {
                services.db().inTransaction(c -> {
                    seed.seed(c, services, actors);
                    return null;
                });
            }
        }
    }

    public PortalServices services() {
        return services;
    }

    /** The port the web server listens on. */
    public int port() {
        return app.port();
    }

    /** Prints where the portal is and, in the demo, the key files and how to start the bridge. */
    public void printBanner(PrintStream out) {
        PortalConfig config = services.config();
        String origin = config.origin().toString();
        out.println();
        out.println("Qoltanba portal: " + origin + "/");
        out.println("  social services: " + origin + "/social");
        out.println("      supplier login:  " + origin + "/login/supplier");
        out.println("      recipient login: " + origin + "/login/recipient");
        out.println("      reviewer login:  " + origin + "/login/reviewer");
        out.println("  procurement: " + origin + "/procurement");
        out.println("  database: " + config.database()
                + (config.database().embedded() ? " (" + config.embeddedDatabaseDirectory() + ")" : ""));
        out.println("  signing bridge expected at " + config.bridgeUrl());
        services.find(DevPki.class).ifPresent(pki -> out.println("  dev PKI (CRL, OCSP, TSA): " + pki.baseUrl()));
        if (config.devMode()) {
            out.println("  dev mailbox: " + origin + "/dev/mailbox");
        }
        services.find(DemoActors.class).ifPresent(actors -> printDemo(out, config, actors));
    }

    private static void printDemo(PrintStream out, PortalConfig config, DemoActors actors) {
        String keys = config.demoKeysDirectory().toString();
        out.println();
        out.println("Demo key files: " + keys + " (password of every file: " + DemoKeys.PASSWORD
                + "; list in README.txt there)");
        for (DemoActor actor : actors.all()) {
            out.println("  " + actor.role() + ": " + actor.displayName() + ", IIN " + actor.iin()
                    + (actor.bin() == null ? "" : ", BIN " + actor.bin()));
            actor.keyFiles().forEach((purpose, file) -> out.println("      " + purpose + " " + file.getFileName()));
        }
        actors.find("procurement-user")
                .ifPresent(user -> out.println("  Procurement login: " + config.origin() + "/procurement with "
                        + user.keyFiles().get("AUTH").getFileName() + ", then password "
                        + DemoKeys.PROCUREMENT_PASSWORD));
        String jar = "java -jar ncalayer-bridge/target/qoltanba-bridge.jar";
        out.println();
        out.println("Start the signing bridge (once per user: " + jar + " tls init):");
        out.println("  " + jar + " serve --allowed-origin " + config.origin());
        out.println("or without dialogs, signing with the demo keys:");
        out.println("  " + jar + " serve --unattended --keys-dir " + keys + " --allowed-origin " + config.origin());
    }

    @Override
    public void close() {
        app.stop();
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
