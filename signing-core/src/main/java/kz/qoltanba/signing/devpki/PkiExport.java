package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyFiles;

/**
 * Writes a development PKI to a directory: per hierarchy ({@code rsa/}, {@code gost/}) the CA
 * certificates, each persona's certificate and its key file (NCA's PKCS#12 format, written by
 * {@link KeyFiles}), the current CRLs, plus an {@code INDEX.md} listing them. The password is wiped.
 */
final class PkiExport {
    private static final Base64.Encoder PEM = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private final DefaultDevPki pki;

    PkiExport(DefaultDevPki pki) {
        this.pki = pki;
    }

    void writeTo(Path directory, char[] password) throws IOException, SigningException {
        try {
            StringBuilder index = new StringBuilder()
                    .append("# Development PKI (not for production)\n\n")
                    .append("Generated at ")
                    .append(pki.clock().instant())
                    .append(" for ")
                    .append(pki.baseUrl())
                    .append(".\n");
            for (KeyAlgorithm algorithm : pki.algorithms()) {
                writeHierarchy(directory, pki.hierarchy(algorithm), password, index);
            }
            Files.writeString(directory.resolve("INDEX.md"), index, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void writeHierarchy(Path directory, Hierarchy hierarchy, char[] password, StringBuilder index)
            throws IOException, SigningException {
        KeyAlgorithm algorithm = hierarchy.algorithm();
        String slug = Endpoints.slug(algorithm);
        Path folder = Files.createDirectories(directory.resolve(slug));
        index.append("\n## ").append(algorithm).append(" (`").append(slug).append("/`)\n\n");
        index.append("| file | subject | valid | serial |\n|---|---|---|---|\n");
        for (CertificateAuthority authority : hierarchy.authorities()) {
            String name = Endpoints.caName(algorithm, authority.role());
            writeCertificate(folder, name + ".crt.pem", authority.certificate(), index);
        }
        for (Persona persona : Persona.values()) {
            String name = persona.name().toLowerCase(Locale.ROOT);
            PersonaKey key = hierarchy.persona(persona);
            KeyFiles.writePkcs12(
                    folder.resolve(name + ".p12"),
                    key.privateKey(),
                    key.keyEntry().chain(),
                    password);
            writeCertificate(folder, name + ".crt.pem", key.certificate(), index);
        }
        try {
            Files.write(folder.resolve(slug + ".crl"), pki.crl(algorithm).getEncoded());
            Files.write(
                    folder.resolve(slug + "-delta.crl"), pki.deltaCrl(algorithm).getEncoded());
        } catch (CRLException e) {
            throw new MalformedInputException("cannot encode a CRL: " + e.getMessage(), e);
        }
        index.append("\nEvery persona `NAME.crt.pem` has its key in `NAME.p12` (NCA's PKCS#12 format, alias = ")
                .append("hex SHA-1 of the public key, chain included).\n");
        index.append("\nCRLs: `").append(slug).append(".crl`, `").append(slug).append("-delta.crl` (DER).\n");
    }

    private static void writeCertificate(Path folder, String file, X509Certificate certificate, StringBuilder index)
            throws IOException, MalformedInputException {
        Files.writeString(folder.resolve(file), pem("CERTIFICATE", encoded(certificate)), StandardCharsets.UTF_8);
        index.append("| `")
                .append(file)
                .append("` | ")
                .append(certificate.getSubjectX500Principal().getName())
                .append(" | ")
                .append(certificate.getNotBefore().toInstant())
                .append(" – ")
                .append(certificate.getNotAfter().toInstant())
                .append(" | ")
                .append(certificate.getSerialNumber().toString(16))
                .append(" |\n");
    }

    private static byte[] encoded(X509Certificate certificate) throws MalformedInputException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new MalformedInputException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + PEM.encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
