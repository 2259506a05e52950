package kz.qoltanba.signing.cms;

import java.security.Signature;
import java.security.SignatureException;
import java.util.List;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * One new SignerInfo over a content digest: build the signed attributes (data to sign), let the key sign
 * their DER encoding, assemble the SignerInfo (issuerAndSerialNumber, version 1).
 */
final class SignerInfoMaker {
    private final KeyEntry key;
    private final SignerParts parts;
    private final CmsOptions options;

    SignerInfoMaker(KeyEntry key, SignerParts parts, CmsOptions options) {
        this.key = key;
        this.parts = parts;
        this.options = options;
    }

    SignerProfile profile() {
        return parts.profile();
    }

    SignerInfo make(ASN1ObjectIdentifier contentType, byte[] contentDigest) throws SigningException {
        SignerProfile profile = parts.profile();
        int expected = DigestAlgorithms.length(profile.digestOid());
        if (contentDigest.length != expected) {
            throw new MalformedInputException("a " + DigestAlgorithms.name(profile.digestOid()) + " digest has "
                    + expected + " bytes, got " + contentDigest.length);
        }
        ASN1Set attributes = SignedAttributes.build(
                profile,
                contentType,
                contentDigest,
                parts.signingCertificate(),
                options.clock().instant());
        byte[] value = sign(SignedAttributes.toBeSigned(attributes));
        return new SignerInfo(
                parts.signerIdentifier(),
                profile.digestAlgorithm(),
                attributes,
                profile.signatureAlgorithm(),
                new DEROctetString(value),
                null);
    }

    private byte[] sign(byte[] toBeSigned) throws SigningException {
        Signature signature = Signatures.forSigning(key.privateKey(), key.provider());
        try {
            signature.update(toBeSigned);
            return signature.sign();
        } catch (SignatureException e) {
            throw new SignatureCreationException("the key " + key.alias() + " could not sign: " + e.getMessage(), e);
        }
    }

    /** The certificates to embed, as ASN.1: the chain (leaf first) or the signer certificate alone. */
    List<Certificate> certificates() {
        return parts.certificates();
    }

    /** {@link #certificates()} as the DER set of a new SignedData. */
    ASN1Set certificateSet() {
        return parts.certificateSet();
    }
}
