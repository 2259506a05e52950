package kz.qoltanba.signing.validation;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;

/** The signingCertificate(V2) attribute of a SignerInfo against the certificate that verified it. */
final class EssCertificateReference {
    private static final String SHA1 = "1.3.14.3.2.26";

    private EssCertificateReference() {}

    /** Whether the signed attributes carry a signingCertificate or signingCertificateV2 attribute. */
    static boolean isPresent(SignerInformation signer) {
        return signer.getSignedAttributes() != null
                && (signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null
                        || signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificate) != null);
    }

    /** Empty when the first reference names {@code certificate}; else what is wrong. */
    static Optional<String> problem(SignerInformation signer, X509Certificate certificate) {
        if (signer.getSignedAttributes() == null) {
            return Optional.of("no signed attributes, so no signing certificate reference");
        }
        try {
            Attribute v2 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(
                                v2.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                return compare(id.getHashAlgorithm().getAlgorithm().getId(), id.getCertHash(), certificate);
            }
            Attribute v1 = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                return compare(SHA1, id.getCertHash(), certificate);
            }
            return Optional.of("no signingCertificate or signingCertificateV2 attribute");
        } catch (RuntimeException e) {
            return Optional.of("malformed signing certificate reference: " + e.getMessage());
        }
    }

    private static Optional<String> compare(String digestOid, byte[] hash, X509Certificate certificate) {
        try {
            byte[] actual = DigestAlgorithms.newDigest(digestOid).digest(certificate.getEncoded());
            return MessageDigest.isEqual(actual, hash)
                    ? Optional.empty()
                    : Optional.of("the signing certificate reference names another certificate");
        } catch (SigningException | CertificateEncodingException e) {
            return Optional.of("the signing certificate reference cannot be checked: " + e.getMessage());
        }
    }
}
