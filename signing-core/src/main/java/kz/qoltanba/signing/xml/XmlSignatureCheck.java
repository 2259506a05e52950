package kz.qoltanba.signing.xml;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The crypto-level result for one {@code ds:Signature}.
 *
 * @param signer the KeyInfo certificate whose key verifies the signature value; when none does, the first
 *     KeyInfo certificate (or empty when KeyInfo carries none)
 * @param embedded every certificate of KeyInfo, in document order
 * @param signatureValid whether the SignatureValue verifies over the canonical SignedInfo with the signer's key
 * @param references each reference's digest check, in SignedInfo order
 * @param signatureMethod the SignatureMethod URI
 * @param canonicalizationMethod the SignedInfo CanonicalizationMethod URI
 */
public record XmlSignatureCheck(
        Optional<X509Certificate> signer,
        List<X509Certificate> embedded,
        boolean signatureValid,
        List<XmlReferenceCheck> references,
        String signatureMethod,
        String canonicalizationMethod) {

    public XmlSignatureCheck {
        Objects.requireNonNull(signer, "signer");
        embedded = List.copyOf(embedded);
        references = List.copyOf(references);
    }

    /** True when there is at least one reference and every reference digest matches. */
    public boolean referencesValid() {
        return !references.isEmpty() && references.stream().allMatch(XmlReferenceCheck::digestValid);
    }

    /** Signature value and every reference valid (says nothing about the certificate's trust). */
    public boolean valid() {
        return signatureValid && referencesValid();
    }
}
