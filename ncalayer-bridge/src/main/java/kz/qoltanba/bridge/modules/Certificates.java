package kz.qoltanba.bridge.modules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** PEM in and out for certificates. */
public final class Certificates {
    private Certificates() {}

    public static String toPem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the host chose cannot be encoded", e);
        }
    }

    /** One X.509 certificate from PEM text; throws when the text is anything else. */
    public static X509Certificate fromPem(String pem) throws CertificateException {
        String trimmed = pem.strip();
        if (!trimmed.startsWith("-----BEGIN CERTIFICATE-----")) {
            throw new CertificateException("not a PEM certificate");
        }
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        return (X509Certificate)
                factory.generateCertificate(new ByteArrayInputStream(trimmed.getBytes(StandardCharsets.US_ASCII)));
    }
}
