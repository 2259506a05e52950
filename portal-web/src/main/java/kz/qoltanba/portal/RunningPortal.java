package kz.qoltanba.portal;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import kz.qoltanba.portal.db.PortalDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started portal: its database, web server and (dev mode) stand-ins; closing stops them in reverse order. */
public final class RunningPortal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningPortal.class);

    private final PortalServices services;
    private final Javalin app;

    private RunningPortal(PortalServices services, Javalin app) {
        this.services = services;
        this.app = app;
    }

    /** Opens the database named by {@code config} and starts serving. */
    public static RunningPortal start(PortalConfig config) throws IOException {
        PortalConfig.Database database = config.database();
        PortalDatabase db = database.embedded()
                ? PortalDatabase.embedded(config.embeddedDatabaseDirectory(), database.embeddedPort())
                : PortalDatabase.external(database.url().orElseThrow(), database.user(), database.password());
        try {
            return start(PortalServices.builder(db, config).build());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Starts serving with ready services (tests pass a test database and clock). */
    public static RunningPortal start(PortalServices services) {
        Javalin app = PortalApp.start(services);
        return new RunningPortal(services, app);
    }

    public PortalServices services() {
        return services;
    }

    /** The port the web server listens on. */
    public int port() {
        return app.port();
    }

    /** Prints where the portal is. */
    public void printBanner(PrintStream out) {
        PortalConfig config = services.config();
        out.println("Qoltanba portal: " + config.origin() + "/");
        out.println("  database: " + config.database()
                + (config.database().embedded() ? " (" + config.embeddedDatabaseDirectory() + ")" : ""));
        out.println("  signing bridge expected at " + config.bridgeUrl());
        if (config.devMode()) {
            out.println("  dev mailbox: " + config.origin() + "/dev/mailbox");
        }
    }

    @Override
    public void close() {
        app.stop();
        try {
            services.db().close();
        } catch (IOException e) {
            LOG.warn("closing the database failed: {}", e.getMessage());
        }
    }
}
