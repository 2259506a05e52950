package kz.qoltanba.signing.xml;

import java.util.List;
import kz.qoltanba.signing.SigningException;

/**
 * Crypto-level verification of every {@code ds:Signature} in a document: reference digests, signature
 * value, and the certificates found in KeyInfo. Chain building, revocation and the verdict belong to the
 * validation layer, which builds on {@link XmlSignatureCheck}. Implementations are thread-safe.
 */
public interface XmlSignatureVerifier {

    /**
     * One check per {@code ds:Signature} element, in document order; empty when the document has none.
     *
     * @throws kz.qoltanba.signing.UnsafeXmlException for a DOCTYPE (entities, XXE)
     * @throws kz.qoltanba.signing.MalformedInputException for XML or a signature structure that cannot be read
     * @throws kz.qoltanba.signing.UnsupportedAlgorithmException for a signature or digest method not supported
     */
    List<XmlSignatureCheck> verify(byte[] xml) throws SigningException;

    static XmlSignatureVerifier create() {
        return new SantuarioXmlVerifier();
    }
}
