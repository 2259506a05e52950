package kz.qoltanba.portal;

import java.io.PrintStream;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar qoltanba-portal.jar [--demo] [--dev] [--port=N]}: reads the configuration, starts the database
 * (embedded unless {@code PORTAL_DB_URL} is set) and the web server; in dev mode also the development stand-ins,
 * and with {@code --demo} the demo data and key files. Exit code 2 when the configuration is refused, 1 when the
 * start fails.
 */
public final class PortalMain {
    private PortalMain() {}

    public static void main(String[] args) {
        PortalConfig config;
        try {
            config = PortalConfig.fromSystem(List.of(args));
        } catch (PortalConfigException e) {
            System.err.println("configuration refused: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            RunningPortal portal = RunningPortal.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-shutdown"));
            portal.printBanner(System.out);
        } catch (Exception e) {
            PrintStream err = System.err;
            err.println("the portal did not start: " + e.getMessage());
            LoggerFactory.getLogger(PortalMain.class).debug("start failed", e);
            System.exit(1);
        }
    }
}
