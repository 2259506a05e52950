package kz.qoltanba.signing.xml;

import java.nio.charset.StandardCharsets;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * Adds an enveloped XMLDSig signature to a document. The algorithm follows the key: RSA signs with
 * rsa-sha256/sha256, the GOST families with their XML URIs ({@code KeyAlgorithm.xmlSignatureUri()}).
 * Signing a document that is already signed adds another {@code ds:Signature}. Implementations are
 * thread-safe.
 */
public interface XmlSigner {

    /** The signed document as UTF-8 bytes. */
    byte[] sign(byte[] xml, KeyEntry key, XmlSignOptions options) throws SigningException;

    /** The signed document as a string. */
    default String signToString(byte[] xml, KeyEntry key, XmlSignOptions options) throws SigningException {
        return new String(sign(xml, key, options), StandardCharsets.UTF_8);
    }

    static XmlSigner create() {
        return new SantuarioXmlSigner();
    }
}
