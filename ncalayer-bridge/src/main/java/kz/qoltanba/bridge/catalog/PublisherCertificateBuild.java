package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import kz.qoltanba.signing.token.KeyFiles;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Run by the build (exec-maven-plugin, {@code process-classes}) to embed the publisher certificate as
 * {@value PublisherCertificates#EMBEDDED_RESOURCE}. With a release certificate file given, that certificate is
 * embedded. Otherwise a development publisher key is made once under {@code target/dev-publisher/}
 * ({@code publisher.p12}, its password in {@code publisher.password}) and reused by later builds; only its
 * certificate goes into the classes, never the key.
 *
 * <p>Arguments: {@code DEV-KEY-DIR RESOURCE-FILE [RELEASE-CERTIFICATE]}.
 */
public final class PublisherCertificateBuild {
    static final String DEV_SUBJECT = "CN=Qoltanba development publisher (not for release), O=Qoltanba";

    private PublisherCertificateBuild() {}

    public static void main(String[] args) throws Exception {
        Path devDirectory = Path.of(args[0]);
        Path resource = Path.of(args[1]);
        String release = args.length > 2 && args[2] != null ? args[2].strip() : "";
        X509Certificate certificate;
        if (!release.isEmpty()) {
            try (InputStream in = Files.newInputStream(Path.of(release))) {
                certificate = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            System.out.println("Embedding the release publisher certificate " + certificate.getSubjectX500Principal());
        } else {
            certificate = developmentCertificate(devDirectory);
            System.out.println("Embedding the DEVELOPMENT publisher certificate; its key is in " + devDirectory);
        }
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, pem(certificate), StandardCharsets.US_ASCII);
    }

    private static X509Certificate developmentCertificate(Path directory) throws Exception {
        Path keyFile = directory.resolve("publisher.p12");
        Path passwordFile = directory.resolve("publisher.password");
        if (Files.isRegularFile(keyFile) && Files.isRegularFile(passwordFile)) {
            char[] password = Files.readString(passwordFile).strip().toCharArray();
            try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, keyFile, password)) {
                return store.keys().get(0).certificate();
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Files.createDirectories(directory);
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, random);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name(DEV_SUBJECT);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(64, random).setBit(63),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                name,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        try {
            writePrivate(passwordFile, new String(password));
            KeyFiles.writePkcs12(keyFile, pair.getPrivate(), List.of(certificate), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Files.writeString(directory.resolve("publisher.pem"), pem(certificate), StandardCharsets.US_ASCII);
        return certificate;
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
