package kz.qoltanba.portal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.login.LoginChallenges;

/** Wires signing into the portal: settings from the configuration, the pipeline and the login challenges. */
public final class PortalSigning {
    private PortalSigning() {}

    /**
     * The settings of a portal: {@code PORTAL_TRUST}'s certificates plus {@code extraAnchors} (dev mode: the
     * development PKI's roots), the issuing CAs in {@code intermediates}, {@code PORTAL_ORIGIN}.
     *
     * @throws IllegalArgumentException naming {@code PORTAL_TRUST} and the file that cannot be read
     */
    public static SigningSettings settings(
            PortalConfig config, List<X509Certificate> extraAnchors, List<X509Certificate> intermediates) {
        List<X509Certificate> anchors = new ArrayList<>(extraAnchors);
        for (Path file : config.trustAnchors()) {
            anchors.addAll(readCertificates(file));
        }
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("PORTAL_TRUST: no trusted root certificate is configured");
        }
        return SigningSettings.of(anchors, intermediates, config.origin().toString());
    }

    /** Registers the {@link SigningPipeline} and {@link LoginChallenges} built on {@code settings}. */
    public static PortalServices.Builder register(
            PortalServices.Builder builder, SigningSettings settings, Clock clock) {
        SigningPipeline pipeline = SigningPipeline.create(settings, clock);
        return builder.with(SigningPipeline.class, pipeline)
                .with(LoginChallenges.class, LoginChallenges.create(pipeline, clock));
    }

    static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("PORTAL_TRUST: " + file + " holds no certificate");
            }
            return certificates;
        } catch (IOException e) {
            throw new IllegalArgumentException("PORTAL_TRUST: cannot read " + file + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException(
                    "PORTAL_TRUST: " + file + " is not a PEM or DER certificate: " + e.getMessage(), e);
        }
    }
}
