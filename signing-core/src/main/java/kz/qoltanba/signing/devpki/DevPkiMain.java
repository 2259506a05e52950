package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * Runs the development PKI as a standalone process: generates it, writes it to {@code --dir}, starts
 * the OCSP, CRL and TSA servers on {@code --port} (0 = any free port), prints the URLs and files, and
 * serves until killed. <strong>Development stand-in only.</strong>
 *
 * <pre>java -cp … kz.qoltanba.signing.devpki.DevPkiMain --dir devpki --port 8099 --password Qwerty12</pre>
 */
public final class DevPkiMain {
    static final String USAGE = "usage: DevPkiMain [--dir DIR] [--port N] [--password P]\n"
            + "  --dir       where certificates, key files and CRLs are written (default: devpki)\n"
            + "  --port      HTTP port on 127.0.0.1, 0 for any free port (default: 0)\n"
            + "  --password  password of the written key files (default: Qwerty12, as NCA's test keys)";

    private DevPkiMain() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        DevPkiServer server = launch(options, Clock.systemUTC(), new SecureRandom(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "devpki-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Generates, exports and starts serving; prints what it made to {@code out}. */
    static DevPkiServer launch(Options options, Clock clock, SecureRandom random, PrintStream out)
            throws IOException, SigningException {
        DevPkiServer server = DevPkiServer.start(options.port(), clock, random);
        try {
            Files.createDirectories(options.directory());
            server.pki().exportTo(options.directory(), options.password());
        } catch (IOException | SigningException | RuntimeException e) {
            server.close();
            throw e;
        }
        out.println("Development PKI (not for production) serving at " + server.baseUrl());
        for (KeyAlgorithm algorithm : server.pki().algorithms()) {
            out.println("  " + algorithm + ": OCSP " + server.pki().ocspUrl(algorithm) + "  TSA "
                    + server.pki().tsaUrl(algorithm) + "  CRL " + server.pki().crlUrl(algorithm));
        }
        out.println("Files in " + options.directory().toAbsolutePath() + " (see INDEX.md)");
        return server;
    }

    /** Command-line options; the password array is wiped by the export. */
    record Options(Path directory, int port, char[] password) {
        static Options parse(String[] args) {
            Map<String, String> values =
                    new HashMap<>(Map.of("--dir", "devpki", "--port", "0", "--password", "Qwerty12"));
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("every option needs a value: " + Arrays.toString(args));
            }
            for (int i = 0; i < args.length; i += 2) {
                if (!values.containsKey(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
                values.put(args[i], args[i + 1]);
            }
            int port;
            try {
                port = Integer.parseInt(values.get("--port"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number, not " + values.get("--port"));
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
            }
            return new Options(
                    Path.of(values.get("--dir")), port, values.get("--password").toCharArray());
        }
    }
}
