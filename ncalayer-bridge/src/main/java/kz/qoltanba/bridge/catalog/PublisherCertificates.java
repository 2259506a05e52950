package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher certificates a catalog may be signed by: the one embedded at build time (a development publisher
 * by default, the release publisher when built with {@code -Dqoltanba.publisher.certificate=FILE}) and those an
 * administrator puts in {@code <home>/trust/publishers/} (PEM or DER, any file name).
 */
public final class PublisherCertificates {
    /** The class-path resource the build writes. */
    public static final String EMBEDDED_RESOURCE = "/kz/qoltanba/bridge/catalog/publisher.pem";

    private static final Logger LOG = LoggerFactory.getLogger(PublisherCertificates.class);

    private PublisherCertificates() {}

    /** The folder of administrator-added publisher certificates. */
    public static Path directory(Path home) {
        return home.resolve("trust").resolve("publishers");
    }

    /** The embedded certificate(s); empty when the build embedded none. */
    public static List<X509Certificate> embedded() {
        try (InputStream in = PublisherCertificates.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                LOG.warn("No publisher certificate is embedded in this build; only {} is trusted", "trust/publishers/");
                return List.of();
            }
            return parse(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("The embedded publisher certificate cannot be read", e);
        }
    }

    /** The embedded certificates and every readable one in {@code <home>/trust/publishers/}. */
    public static List<X509Certificate> load(Path home) {
        List<X509Certificate> all = new ArrayList<>(embedded());
        Path folder = directory(home);
        if (!Files.isDirectory(folder)) {
            return List.copyOf(all);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    all.addAll(parse(in));
                } catch (IOException | CertificateException e) {
                    LOG.warn("Ignoring {}: not a certificate ({})", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
        }
        return List.copyOf(all);
    }

    private static List<X509Certificate> parse(InputStream in) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            certificates.add((X509Certificate) certificate);
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("no certificate in the file");
        }
        return certificates;
    }
}
