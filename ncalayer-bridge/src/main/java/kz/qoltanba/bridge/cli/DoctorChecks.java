package kz.qoltanba.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogEntry;
import kz.qoltanba.bridge.catalog.CatalogException;
import kz.qoltanba.bridge.catalog.CatalogVerification;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.tls.DatabaseTrust;
import kz.qoltanba.bridge.tls.LocalTrust;
import kz.qoltanba.bridge.tls.TlsSetupException;
import kz.qoltanba.bridge.tls.TrustReport;
import kz.qoltanba.bridge.tls.TrustStoreException;

/** The checks of {@code doctor}, each giving OK lines or sentences that say how to fix a problem. */
final class DoctorChecks {
    private final BridgeConfig config;
    private final LocalTrust trust;
    private final PortProbe probe;
    private final Clock clock;
    private final List<X509Certificate> publishers;

    DoctorChecks(
            BridgeConfig config, LocalTrust trust, PortProbe probe, Clock clock, List<X509Certificate> publishers) {
        this.config = config;
        this.trust = trust;
        this.probe = probe;
        this.clock = clock;
        this.publishers = List.copyOf(publishers);
    }

    List<DoctorLine> all() {
        List<DoctorLine> lines = new ArrayList<>();
        lines.add(port());
        lines.addAll(tls());
        Optional<Catalog> catalog = Optional.empty();
        try {
            catalog = CatalogVerification.installed(config.home(), publishers, clock);
            lines.add(catalogLine(catalog));
        } catch (CatalogException e) {
            lines.add(catalogRefused(e));
        }
        lines.addAll(modules(catalog));
        lines.addAll(trustAnchors());
        return lines;
    }

    DoctorLine port() {
        int port = config.port();
        return switch (probe.probe(port)) {
            case BRIDGE -> DoctorLine.ok("port", "a Qoltanba bridge is running on 127.0.0.1:" + port + ".");
            case FREE ->
                DoctorLine.fix(
                        "port",
                        "nothing listens on 127.0.0.1:" + port
                                + "; start the bridge with 'qoltanba-bridge serve' (portals cannot connect until it runs).");
            case OTHER ->
                DoctorLine.fix(
                        "port",
                        "127.0.0.1:" + port + " is used by another program (NCALayer?); "
                                + "stop it, or choose another port with port=N in bridge.properties (portals expect 13579).");
        };
    }

    List<DoctorLine> tls() {
        if (!Files.isRegularFile(config.tlsDirectory().resolve("server.p12"))) {
            return List.of(
                    DoctorLine.fix("tls", "there is no server certificate yet; run 'qoltanba-bridge tls init'."));
        }
        TrustReport report;
        try {
            report = trust.status();
        } catch (TrustStoreException | TlsSetupException e) {
            return List.of(DoctorLine.fix("tls", e.getMessage()));
        }
        List<DoctorLine> lines = new ArrayList<>();
        X509Certificate server = report.serverCertificate();
        if (report.authority().isEmpty()) {
            lines.add(DoctorLine.fix(
                    "tls",
                    "the server certificate is self-signed, so browsers refuse it; run "
                            + "'qoltanba-bridge tls init', then restart the browsers."));
        } else if (server.getNotAfter().toInstant().isBefore(clock.instant().plus(LocalTrust.RENEW_BEFORE))) {
            lines.add(DoctorLine.fix(
                    "tls",
                    "the server certificate ends on " + server.getNotAfter().toInstant()
                            + "; run 'qoltanba-bridge tls renew' (or restart the bridge, which renews it)."));
        } else {
            lines.add(DoctorLine.ok(
                    "tls",
                    "server certificate from this installation's local CA, valid until "
                            + server.getNotAfter().toInstant() + "."));
        }
        for (DatabaseTrust database : report.databases()) {
            lines.add(trustLine(database));
        }
        return lines;
    }

    private static DoctorLine trustLine(DatabaseTrust database) {
        String topic = "trust " + database.browser();
        if (!database.present()) {
            return DoctorLine.ok(topic, "no database at " + database.database() + " (nothing to trust there).");
        }
        if (!database.staleAuthorities().isEmpty()) {
            return DoctorLine.fix(
                    topic,
                    database.database() + " still trusts an old local CA ("
                            + String.join(", ", database.staleAuthorities()) + "); run 'qoltanba-bridge tls renew'.");
        }
        if (database.trusted()) {
            return DoctorLine.ok(topic, database.database() + " trusts this installation's local CA.");
        }
        return DoctorLine.fix(
                topic,
                database.database() + " does not trust the bridge; run 'qoltanba-bridge tls init', then restart the "
                        + "browser.");
    }

    private DoctorLine catalogLine(Optional<Catalog> catalog) {
        Path file = catalogFile();
        if (catalog.isEmpty()) {
            return DoctorLine.fix(
                    "catalog",
                    "no module catalog at " + file + "; only built-in modules can be used. " + howToGetCatalog());
        }
        return DoctorLine.ok(
                "catalog",
                file + " is signed by a trusted publisher: "
                        + catalog.get().modules().size() + " module(s), issued "
                        + catalog.get().issued() + ".");
    }

    private DoctorLine catalogRefused(CatalogException e) {
        return DoctorLine.fix(
                "catalog",
                catalogFile() + " is not accepted (" + e.getMessage() + "); delete it and run "
                        + "'qoltanba-bridge modules update --catalog-url URL' (or, with catalog.url set, "
                        + "'qoltanba-bridge modules update'), or place there a catalog signed by "
                        + "a publisher whose certificate is in " + PublisherCertificates.directory(config.home())
                        + ".");
    }

    /** The real ways to a first catalog; with catalog.url set, where the bridge fetches it and when. */
    private String howToGetCatalog() {
        if (config.catalogUrl().isPresent()) {
            return "The bridge fetches it from catalog.url ("
                    + config.catalogUrl().get()
                    + ") on \"Download updates\" in the module manager or when a page installs a module; "
                    + "or run 'qoltanba-bridge modules update' now.";
        }
        return "To get one, set catalog.url=URL in " + config.home().resolve(BridgeConfigLoader.FILE_NAME)
                + " (the bridge then fetches it on \"Download updates\" in the module manager), run "
                + "'qoltanba-bridge modules update --catalog-url URL', or place the signed catalog file there by hand.";
    }

    private Path catalogFile() {
        return config.home().resolve("ncalayer.der");
    }

    /** Each drop-in jar; with a verified catalog, also whether the catalog lists it with the same SHA-256. */
    List<DoctorLine> modules(Optional<Catalog> catalog) {
        Path bundles = config.home().resolve("bundles");
        List<Path> jars = list(bundles, ".jar");
        if (jars.isEmpty()) {
            return List.of(DoctorLine.ok("modules", "no drop-in modules in " + bundles + " (built-in modules only)."));
        }
        List<DoctorLine> lines = new ArrayList<>();
        for (Path jar : jars) {
            DoctorLine manifest = moduleLine(jar);
            lines.add(manifest.ok() ? catalogMatch(jar, manifest, catalog) : manifest);
        }
        return lines;
    }

    private static DoctorLine catalogMatch(Path jar, DoctorLine manifest, Optional<Catalog> catalog) {
        if (catalog.isEmpty()) {
            return DoctorLine.fix(
                    "modules",
                    jar + " cannot be checked without a valid catalog, so the bridge will not load it; "
                            + "fix the catalog first (see the catalog line).");
        }
        try {
            CatalogEntry entry = CatalogVerification.matchDropIn(catalog.get(), jar);
            return DoctorLine.ok(
                    "modules", manifest.text() + " Listed in the catalog (" + entry.version() + ", SHA-256 matches).");
        } catch (CatalogException e) {
            return DoctorLine.fix(
                    "modules",
                    e.getMessage() + "; the bridge refuses it: remove " + jar + " or get the published jar.");
        } catch (IOException e) {
            return DoctorLine.fix("modules", jar + " cannot be read (" + e.getMessage() + "); remove it.");
        }
    }

    private static DoctorLine moduleLine(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                return DoctorLine.fix("modules", jar + " is not an OSGi bundle (no Bundle-SymbolicName); remove it.");
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return DoctorLine.ok(
                    "modules",
                    jar.getFileName() + ": " + name.split(";")[0].trim() + " " + (version == null ? "0.0.0" : version)
                            + ".");
        } catch (IOException e) {
            return DoctorLine.fix("modules", jar + " cannot be read as a jar (" + e.getMessage() + "); remove it.");
        }
    }

    List<DoctorLine> trustAnchors() {
        List<Path> files = new ArrayList<>(list(config.trustDirectory(), ""));
        files.addAll(config.trustAnchors());
        if (files.isEmpty()) {
            return List.of(DoctorLine.fix(
                    "trust anchors",
                    "none configured, so requests without 'chain' fail with "
                            + "'no suitable certificate'; copy NCA's root certificates (from pki.gov.kz, after checking their "
                            + "fingerprints) into " + config.trustDirectory() + " or pass --trust CA.pem."));
        }
        List<DoctorLine> lines = new ArrayList<>();
        for (Path file : files) {
            lines.add(anchorLine(file));
        }
        return lines;
    }

    private DoctorLine anchorLine(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                return DoctorLine.fix("trust anchors", file + " holds no certificate; remove it or replace it.");
            }
            StringBuilder names = new StringBuilder();
            for (Certificate certificate : certificates) {
                X509Certificate x509 = (X509Certificate) certificate;
                if (x509.getNotAfter().toInstant().isBefore(clock.instant())) {
                    return DoctorLine.fix(
                            "trust anchors",
                            file + " (" + x509.getSubjectX500Principal().getName() + ") expired on "
                                    + x509.getNotAfter().toInstant() + "; replace it with the current root.");
                }
                names.append(names.isEmpty() ? "" : "; ")
                        .append(x509.getSubjectX500Principal().getName());
            }
            return DoctorLine.ok("trust anchors", file.getFileName() + ": " + names + ".");
        } catch (IOException | GeneralSecurityException e) {
            return DoctorLine.fix(
                    "trust anchors",
                    file + " is not a readable certificate (PEM or DER); remove it " + "or replace it.");
        }
    }

    private static List<Path> list(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
