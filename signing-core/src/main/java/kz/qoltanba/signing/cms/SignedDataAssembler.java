package kz.qoltanba.signing.cms;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/** Step three, "assemble": a new SignedData around signers, or an existing one with signers added. */
final class SignedDataAssembler {
    private SignedDataAssembler() {}

    /** A new SignedData; {@code content} null makes it detached; {@code certificates} is a DER set. */
    static SignedData create(
            SignerInfo signer, ASN1Set certificates, ASN1ObjectIdentifier contentType, byte[] content) {
        ContentInfo encapsulated = new ContentInfo(contentType, content == null ? null : new DEROctetString(content));
        return new SignedData(
                new DERSet(signer.getDigestAlgorithm()), encapsulated, certificates, null, new DERSet(signer));
    }

    /** The existing SignedData with one more signer; existing elements keep their order and bytes. */
    static SignedData addSigner(SignedData existing, SignerInfo signer, List<Certificate> certificates) {
        List<ASN1Encodable> digests = elements(existing.getDigestAlgorithms());
        boolean known = digests.stream()
                .map(AlgorithmIdentifier::getInstance)
                .anyMatch(
                        a -> a.getAlgorithm().equals(signer.getDigestAlgorithm().getAlgorithm()));
        if (!known) {
            digests.add(signer.getDigestAlgorithm());
        }
        List<ASN1Encodable> certs = elements(existing.getCertificates());
        for (Certificate certificate : certificates) {
            if (certs.stream().noneMatch(c -> c.toASN1Primitive().equals(certificate.toASN1Primitive()))) {
                certs.add(certificate);
            }
        }
        List<ASN1Encodable> signers = elements(existing.getSignerInfos());
        signers.add(signer);
        return new SignedData(
                set(digests), existing.getEncapContentInfo(), set(certs), existing.getCRLs(), set(signers));
    }

    /** The existing SignedData with its signers replaced (same count and order, e.g. time-stamped). */
    static SignedData withSigners(SignedData existing, List<SignerInfo> signers) {
        return new SignedData(
                existing.getDigestAlgorithms(),
                existing.getEncapContentInfo(),
                existing.getCertificates(),
                existing.getCRLs(),
                set(new ArrayList<>(signers)));
    }

    private static List<ASN1Encodable> elements(ASN1Set set) {
        List<ASN1Encodable> out = new ArrayList<>();
        if (set != null) {
            set.forEach(out::add);
        }
        return out;
    }

    private static ASN1Set set(List<? extends ASN1Encodable> elements) {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        elements.forEach(vector::add);
        return new DLSet(vector);
    }
}
