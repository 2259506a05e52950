package kz.qoltanba.bridge.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * The server's key and certificate as a PKCS#12 key store with its password, and whether browsers can be
 * expected to trust it (a self-signed certificate: no).
 */
public record TlsCredentials(KeyStore keyStore, String keyStorePassword, X509Certificate certificate) {

    /** True while the server certificate is its own issuer (created on a fresh home, not yet {@code tls init}). */
    public boolean selfSigned() {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    @Override
    public String toString() {
        return "TlsCredentials[" + certificate.getSubjectX500Principal() + "]";
    }
}
