package kz.qoltanba.bridge.catalog;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Publisher keys, the echo test bundle in any version, and a local HTTP server for catalogs and jars. */
public final class CatalogFixtures {
    static final String ECHO = "kz.qoltanba.test.echo";

    private CatalogFixtures() {}

    /** A fresh self-signed RSA publisher key, valid from an hour ago for a day. */
    public static KeyEntry publisher(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + commonName + ", O=Qoltanba test");
        Instant now = Instant.now();
        var holder = new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(1, ChronoUnit.HOURS)),
                        Date.from(now.plus(1, ChronoUnit.DAYS)),
                        name,
                        pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        return new KeyEntry("publisher", pair.getPrivate(), certificate, List.of(certificate), null);
    }

    /** A fresh self-signed Kazakh GOST 34.10-2015 (512-bit) publisher key, as NCA issues to organisations. */
    static KeyEntry gostPublisher(String commonName) throws Exception {
        java.security.KeyPair pair = kz.qoltanba.signing.algorithm.GostKeyPairs.generate(
                kz.qoltanba.signing.algorithm.KeyAlgorithm.GOST2015_512, new java.security.SecureRandom());
        X500Name name = new X500Name("CN=" + commonName + ", O=Qoltanba test, C=KZ");
        Instant now = Instant.now();
        var holder = new org.bouncycastle.cert.X509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(1, ChronoUnit.HOURS)),
                        Date.from(now.plus(1, ChronoUnit.DAYS)),
                        name,
                        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                                pair.getPublic().getEncoded()))
                .build(kz.qoltanba.signing.algorithm.Operators.contentSigner(pair.getPrivate(), null));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        return new KeyEntry("publisher", pair.getPrivate(), certificate, List.of(certificate), null);
    }

    /** The echo test bundle (module {@code test.echo}) as {@code <directory>/echo-<version>.jar}. */
    static Path echoBundle(Path directory, String version, boolean required) throws IOException, URISyntaxException {
        return echoBundle(directory, ECHO, version, required);
    }

    /** The echo classes under another symbolic name. */
    public static Path echoBundle(Path directory, String symbolicName, String version, boolean required)
            throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "Echo");
        main.putValue("Qoltanba-Name-ru", "Эхо");
        main.putValue("Qoltanba-Required", String.valueOf(required));
        main.putValue("Bundle-Activator", EchoModuleActivator.class.getName());
        main.putValue(
                "Import-Package",
                "kz.qoltanba.bridge.spi;version=\"[0.1,1)\",kz.qoltanba.signing.algorithm;version=\"[0.1,1)\","
                        + "org.bouncycastle.asn1.x500,org.osgi.framework,javax.security.auth.x500");
        Files.createDirectories(directory);
        Path jar = directory.resolve(symbolicName + "-" + version + ".jar");
        String packagePath = EchoModuleActivator.class.getPackageName().replace('.', '/');
        Path classes = Path.of(EchoModuleActivator.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(packagePath);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                var listing = Files.list(classes)) {
            for (Path classFile : listing.sorted().toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Serves {@link #files} (path to body) on 127.0.0.1 at a free port; 404 for anything else. */
    public static final class FileServer implements AutoCloseable {
        public final Map<String, byte[]> files = new ConcurrentHashMap<>();
        private final HttpServer server;

        public FileServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = files.get(exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
                exchange.close();
            });
            server.start();
        }

        public URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        void publish(Path directory) throws IOException {
            try (var listing = Files.list(directory)) {
                for (Path file : listing.toList()) {
                    files.put("/" + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
