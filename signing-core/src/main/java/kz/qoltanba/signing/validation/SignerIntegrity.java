package kz.qoltanba.signing.validation;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.SignerInformation;

/**
 * The two cryptographic checks of a SignerInfo, kept apart so that a changed content (HASH_FAILURE) is
 * told from a broken signature (SIG_CRYPTO_FAILURE).
 */
final class SignerIntegrity {
    private SignerIntegrity() {}

    static Finding messageDigest(SignerInformation signer, SignedContent content) {
        String oid = signer.getDigestAlgOID();
        if (!DigestAlgorithms.isKnown(oid)) {
            return Finding.failed(
                    CheckName.MESSAGE_DIGEST, SubIndication.SIG_CRYPTO_FAILURE, "unsupported digest algorithm " + oid);
        }
        if (signer.getSignedAttributes() == null) {
            return content.directSignature(signer).isPresent()
                    ? Finding.passed(CheckName.MESSAGE_DIGEST, "no signed attributes: the signature covers the content")
                    : Finding.unchecked(
                            CheckName.MESSAGE_DIGEST, SubIndication.SIGNED_DATA_NOT_FOUND, absence(content));
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Finding.failed(
                    CheckName.MESSAGE_DIGEST,
                    SubIndication.HASH_FAILURE,
                    "the signed attributes carry no single messageDigest");
        }
        Optional<byte[]> actual = content.digest(oid);
        if (actual.isEmpty()) {
            return Finding.unchecked(CheckName.MESSAGE_DIGEST, SubIndication.SIGNED_DATA_NOT_FOUND, absence(content));
        }
        byte[] signed;
        try {
            signed = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getOctets();
        } catch (IllegalArgumentException e) {
            return Finding.failed(
                    CheckName.MESSAGE_DIGEST, SubIndication.HASH_FAILURE, "the messageDigest is not an OCTET STRING");
        }
        return MessageDigest.isEqual(signed, actual.get())
                ? Finding.passed(
                        CheckName.MESSAGE_DIGEST, DigestAlgorithms.name(oid) + " digest of the content matches")
                : Finding.failed(
                        CheckName.MESSAGE_DIGEST,
                        SubIndication.HASH_FAILURE,
                        "the " + DigestAlgorithms.name(oid) + " digest of the content differs from the signed one");
    }

    private static String absence(SignedContent content) {
        return content.absenceReason() != null
                ? content.absenceReason()
                : "the content is not available in the signer's digest algorithm";
    }

    static Finding signatureValue(SignerInformation signer, PublicKey key, SignedContent content) {
        if (signer.getSignedAttributes() == null) {
            Optional<Boolean> direct = content.directSignature(signer);
            if (direct.isEmpty()) {
                return Finding.unchecked(
                        CheckName.SIGNATURE_VALUE, SubIndication.SIGNED_DATA_NOT_FOUND, absence(content));
            }
            return direct.get()
                    ? Finding.passed(CheckName.SIGNATURE_VALUE, "the signature over the content verifies")
                    : Finding.failed(
                            CheckName.SIGNATURE_VALUE,
                            SubIndication.SIG_CRYPTO_FAILURE,
                            "the signature over the content does not verify");
        }
        try {
            boolean valid = Signatures.verify(
                    key,
                    signer.getEncryptionAlgOID(),
                    signer.getDigestAlgOID(),
                    signer.getEncodedSignedAttributes(),
                    signer.getSignature());
            return valid
                    ? Finding.passed(CheckName.SIGNATURE_VALUE, "the signature over the signed attributes verifies")
                    : Finding.failed(
                            CheckName.SIGNATURE_VALUE,
                            SubIndication.SIG_CRYPTO_FAILURE,
                            "the signature over the signed attributes does not verify");
        } catch (SigningException | java.io.IOException e) {
            return Finding.failed(
                    CheckName.SIGNATURE_VALUE,
                    SubIndication.SIG_CRYPTO_FAILURE,
                    "the signature cannot be verified: " + e.getMessage());
        }
    }

    /** Both checks at once, for a timestamp token's signer. */
    static List<Finding> both(SignerInformation signer, PublicKey key, SignedContent content) {
        return List.of(messageDigest(signer, content), signatureValue(signer, key, content));
    }
}
