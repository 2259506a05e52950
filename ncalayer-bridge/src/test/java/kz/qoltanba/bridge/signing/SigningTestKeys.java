package kz.qoltanba.bridge.signing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.VerificationOptions;

/**
 * A development PKI generated at test time and exported as key files ({@code .p12}, password {@link #PASSWORD})
 * with {@code <name>.password} files (owner-only) for unattended mode.
 */
public final class SigningTestKeys {
    public static final String PASSWORD = "Test-Pa55";

    public final DevPki pki;
    public final KeyAlgorithm algorithm;
    public final Path exported;

    private SigningTestKeys(DevPki pki, KeyAlgorithm algorithm, Path exported) {
        this.pki = pki;
        this.algorithm = algorithm;
        this.exported = exported;
    }

    public static SigningTestKeys generate(Path folder, KeyAlgorithm algorithm) throws Exception {
        DevPki pki = DevPki.generate(
                URI.create("http://127.0.0.1:9/"), Clock.systemUTC(), new SecureRandom(), Set.of(algorithm));
        return export(pki, folder, algorithm);
    }

    /** Exports an existing development PKI (e.g. the one a {@code DevPkiServer} serves). */
    public static SigningTestKeys export(DevPki pki, Path folder, KeyAlgorithm algorithm) throws Exception {
        pki.exportTo(folder, PASSWORD.toCharArray());
        Path exported = folder.resolve(algorithm == KeyAlgorithm.RSA ? "rsa" : "gost");
        return new SigningTestKeys(pki, algorithm, exported);
    }

    /** The exported key file of a persona. */
    public Path keyFile(Persona persona) {
        return exported.resolve(persona.name().toLowerCase(Locale.ROOT) + ".p12");
    }

    public X509Certificate root() {
        return pki.root(algorithm).certificate();
    }

    public String serial(Persona persona) throws Exception {
        return CertificateInfo.of(pki.persona(persona, algorithm).certificate()).serialNumber();
    }

    /** Copies a persona's key into {@code keysDir} as {@code fileName} with its owner-only password file. */
    public Path install(Persona persona, Path keysDir, String fileName) throws IOException {
        Files.createDirectories(keysDir);
        Path target = keysDir.resolve(fileName);
        Files.copy(keyFile(persona), target);
        Path password = keysDir.resolve(fileName.substring(0, fileName.length() - ".p12".length()) + ".password");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        return target;
    }

    /** Writes the root certificate into {@code <home>/trust/}. */
    public void trustRootIn(Path home) throws Exception {
        Path trust = Files.createDirectories(home.resolve("trust"));
        Files.write(trust.resolve("dev-root.cer"), root().getEncoded());
    }

    /**
     * Verification against this PKI's root with its intermediate known (XML signatures carry only the signer
     * certificate), revocation off (nothing serves the CRLs here).
     */
    public VerificationOptions verification() {
        return VerificationOptions.builder()
                .trustAnchor(root())
                .extraCertificate(pki.intermediate(algorithm).certificate())
                .revocationPolicy(RevocationPolicy.OFF)
                .build();
    }
}
