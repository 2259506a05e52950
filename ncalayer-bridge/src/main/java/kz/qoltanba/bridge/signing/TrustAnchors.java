package kz.qoltanba.bridge.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads trust anchors: every certificate file (PEM or DER, one or several certificates) in the trust folder,
 * plus the files named on the command line. Unreadable files are skipped with a warning naming them.
 */
final class TrustAnchors {
    private static final Logger LOG = LoggerFactory.getLogger(TrustAnchors.class);

    private TrustAnchors() {}

    static List<X509Certificate> load(Path trustDirectory, List<Path> extraFiles) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(trustDirectory)) {
            try (Stream<Path> listing = Files.list(trustDirectory)) {
                listing.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                LOG.warn("Cannot list the trust folder {}: {}", trustDirectory, e.getMessage());
            }
        }
        files.addAll(extraFiles);
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path file : files) {
            anchors.addAll(read(file));
        }
        LOG.info("{} trust anchor(s) loaded from {} and --trust", anchors.size(), trustDirectory);
        return List.copyOf(anchors);
    }

    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                if (certificate instanceof X509Certificate x509) {
                    result.add(x509);
                }
            }
            return result;
        } catch (IOException | CertificateException e) {
            LOG.warn("Skipped trust anchor file {}: not a readable certificate ({})", file, e.getMessage());
            return List.of();
        }
    }
}
