package kz.qoltanba.signing.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The read-only fixtures under {@code ../shared} (NCA test keys, Kalkan-made signatures). Located
 * through the {@code qoltanba.shared} build property; without it a test skips on a user's machine and
 * fails in CI ({@code CI=true}).
 */
public final class SharedFixtures {
    /** The instant at which the GOST-2015 fixtures are judged (see the fixtures README). */
    public static final Instant GOST2015_INSTANT = Instant.parse("2026-09-01T00:00:00Z");
    /** The instant at which the 2020 Kalkan fixtures are judged. */
    public static final Instant KALKAN2020_INSTANT = Instant.parse("2020-06-01T00:00:00Z");
    /** Password of every NCA test key file. */
    public static final String PASSWORD = "Qwerty12";

    private SharedFixtures() {}

    /** The shared folder, or the test is skipped (locally) / failed (CI) with a message naming it. */
    public static Path shared() {
        Path path = Path.of(System.getProperty("qoltanba.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(path.resolve("fixtures/nca-test"))) {
            String message = "the shared fixtures folder " + path
                    + " is missing (set -Dqoltanba.shared=DIR to the folder with fixtures/nca-test)";
            Prerequisites.require(false, message);
        }
        return path;
    }

    public static Path gost2015(String file) {
        return shared().resolve("fixtures/nca-test/gost2015-2022").resolve(file);
    }

    public static Path kalkan2020(String file) {
        return shared().resolve("fixtures/nca-test/kalkan-2020").resolve(file);
    }

    public static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read certificate " + file, e);
        }
    }

    public static X509CRL crl(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException | java.security.cert.CRLException | CertificateException e) {
            throw new IllegalStateException("cannot read CRL " + file, e);
        }
    }
}
