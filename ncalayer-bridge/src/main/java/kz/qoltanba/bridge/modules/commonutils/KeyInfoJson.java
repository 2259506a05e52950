package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import kz.qoltanba.bridge.modules.Certificates;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * The {@code getKeyInfo} object: {@code alias, keyId, algorithm, subjectCn, subjectDn, issuerCn, issuerDn,
 * serialNumber, certNotBefore, certNotAfter, authorityKeyIdentifier, pem}. Dates are epoch milliseconds as
 * strings; {@code alias} and {@code keyId} are the Subject Key Identifier (lower-case hex; the SHA-1 of the
 * public key when the certificate has none); {@code algorithm} is signing-core's key family spelling.
 */
final class KeyInfoJson {
    private static final ASN1ObjectIdentifier COMMON_NAME = new ASN1ObjectIdentifier("2.5.4.3");

    private KeyInfoJson() {}

    static ObjectNode of(X509Certificate certificate) {
        CertificateInfo info;
        try {
            info = CertificateInfo.of(certificate);
        } catch (MalformedInputException e) {
            throw new IllegalStateException("the chosen certificate cannot be read", e);
        }
        String keyId = info.subjectKeyIdentifier() != null ? info.subjectKeyIdentifier() : publicKeyHash(certificate);
        return JsonNodeFactory.instance
                .objectNode()
                .put("alias", keyId)
                .put("keyId", keyId)
                .put(
                        "algorithm",
                        info.keyAlgorithm() != null ? info.keyAlgorithm().name() : info.keyAlgorithmOid())
                .put("subjectCn", info.commonName())
                .put("subjectDn", info.subjectDn())
                .put("issuerCn", issuerCommonName(certificate))
                .put("issuerDn", info.issuerDn())
                .put("serialNumber", info.serialNumber())
                .put("certNotBefore", Long.toString(info.notBefore().toEpochMilli()))
                .put("certNotAfter", Long.toString(info.notAfter().toEpochMilli()))
                .put("authorityKeyIdentifier", info.authorityKeyIdentifier())
                .put("pem", Certificates.toPem(certificate));
    }

    private static String issuerCommonName(X509Certificate certificate) {
        X500Name issuer =
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        RDN[] names = issuer.getRDNs(COMMON_NAME);
        if (names.length == 0) {
            return null;
        }
        Object value = names[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
    }

    private static String publicKeyHash(X509Certificate certificate) {
        try {
            byte[] publicKeyInfo = TBSCertificate.getInstance(certificate.getTBSCertificate())
                    .getSubjectPublicKeyInfo()
                    .getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(publicKeyInfo));
        } catch (NoSuchAlgorithmException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("the chosen certificate's public key cannot be hashed", e);
        }
    }
}
