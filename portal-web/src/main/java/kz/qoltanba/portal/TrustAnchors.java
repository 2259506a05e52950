package kz.qoltanba.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.devpki.DevPki;

/**
 * The root certificates signatures must chain to: every certificate in the {@code PORTAL_TRUST} PEM files, plus
 * the dev PKI's roots in dev mode. Registered in {@link PortalServices} under this type.
 */
public record TrustAnchors(List<X509Certificate> certificates) {
    public TrustAnchors {
        certificates = List.copyOf(certificates);
    }

    /**
     * Reads the configured files and adds the dev PKI's roots when there is one.
     *
     * @throws PortalConfigException naming {@code PORTAL_TRUST} and the file that holds no certificate
     */
    public static TrustAnchors load(PortalConfig config, Optional<DevPki> devPki) {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path file : config.trustAnchors()) {
            anchors.addAll(read(file));
        }
        devPki.ifPresent(
                pki -> pki.algorithms().forEach(a -> anchors.add(pki.root(a).certificate())));
        return new TrustAnchors(anchors);
    }

    static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : read) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new PortalConfigException(ConfigReader.TRUST, file + " holds no certificate");
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new PortalConfigException(
                    ConfigReader.TRUST, file + " is not a PEM or DER certificate file: " + e.getMessage());
        }
    }
}
