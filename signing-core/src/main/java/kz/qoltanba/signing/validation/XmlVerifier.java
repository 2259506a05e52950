package kz.qoltanba.signing.validation;

import java.security.SecureRandom;
import java.time.Duration;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.xml.XmlSignatureVerifier;

/**
 * Verifies every enveloped XMLDSig signature of a document and reports each as a signer, with the same
 * checks and verdicts as {@link CmsVerifier}. XMLDSig carries no timestamp here, so validity is judged at
 * the validation instant and TIMESTAMP is NOT_CHECKED. A document without signatures is TOTAL_FAILED /
 * SIG_CRYPTO_FAILURE with no signers.
 *
 * <p>Instances are thread-safe and keep a revocation cache; reuse one per application.
 */
public interface XmlVerifier {
    /**
     * @throws kz.qoltanba.signing.UnsafeXmlException for a DOCTYPE (entities, XXE): never parsed
     * @throws kz.qoltanba.signing.MalformedInputException for XML or a signature that cannot be read
     * @throws kz.qoltanba.signing.UnsupportedAlgorithmException for an unknown signature or digest method
     */
    ValidationReport verify(byte[] xml, VerificationOptions options) throws SigningException;

    /** A verifier fetching OCSP and CRLs over HTTP with 10-second timeouts and a 15-minute cache. */
    static XmlVerifier create() {
        return create(RevocationTransport.http(Duration.ofSeconds(10)), new SecureRandom(), Duration.ofMinutes(15));
    }

    static XmlVerifier create(RevocationTransport transport, SecureRandom random, Duration cacheTtl) {
        return new DefaultXmlVerifier(
                XmlSignatureVerifier.create(), new RevocationChecker(transport, random, new RevocationCache(cacheTtl)));
    }
}
