package kz.qoltanba.signing.token;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * The alias NCA writes into its key files (friendlyName and, as bytes, localKeyId): the SHA-1 of the
 * public key in lower-case hex. Measured on NCA's own files, "the public key" is the whole
 * SubjectPublicKeyInfo for RSA and GOST 34.310-2004 keys, and only the subjectPublicKey bits (the OCTET
 * STRING holding the point) for GOST 34.10-2015 keys. NCA's certificates carry the same value as their
 * subject key identifier.
 */
final class KeyAliases {
    private KeyAliases() {}

    static byte[] keyId(X509Certificate certificate) {
        SubjectPublicKeyInfo info = subjectPublicKeyInfo(certificate);
        boolean keyBitsOnly = KeyAlgorithm.byKeyOid(
                        info.getAlgorithm().getAlgorithm().getId())
                .map(algorithm -> algorithm.isGost() && algorithm != KeyAlgorithm.GOST2004)
                .orElse(false);
        try {
            byte[] hashed = keyBitsOnly ? info.getPublicKeyData().getOctets() : info.getEncoded(ASN1Encoding.DER);
            return MessageDigest.getInstance("SHA-1").digest(hashed);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash the public key", e);
        }
    }

    static String alias(X509Certificate certificate) {
        return HexFormat.of().formatHex(keyId(certificate));
    }

    /** The key exactly as the certificate encodes it (the JDK re-encodes keys it cannot parse). */
    private static SubjectPublicKeyInfo subjectPublicKeyInfo(X509Certificate certificate) {
        try {
            return TBSCertificate.getInstance(certificate.getTBSCertificate()).getSubjectPublicKeyInfo();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has an encoding", e);
        }
    }
}
