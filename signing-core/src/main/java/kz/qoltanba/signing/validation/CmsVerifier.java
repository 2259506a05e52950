package kz.qoltanba.signing.validation;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;

/**
 * Verifies CMS SignedData (attached, detached, or over a digest) and reports every check per signer.
 * The input may be DER, PEM ({@code CMS} or {@code PKCS7} label) or bare base64. Input that cannot be
 * decoded raises {@link MalformedInputException}; everything else is a finding in the report. A
 * SignedData without any SignerInfo is TOTAL_FAILED / SIG_CRYPTO_FAILURE with no signers.
 *
 * <p>Instances are thread-safe and keep a revocation cache; reuse one per application.
 */
public interface CmsVerifier {
    /**
     * @param cms the SignedData
     * @param detachedContent the content of a detached signature, read once in constant memory; empty for
     *     an attached signature (when given for an attached one, it replaces the encapsulated content)
     */
    ValidationReport verify(byte[] cms, Optional<InputStream> detachedContent, VerificationOptions options)
            throws MalformedInputException;

    /**
     * Verifies a detached signature against a precomputed digest of the content.
     *
     * @param digestOid the digest algorithm of {@code digest}; signers using another one are reported
     *     SIGNED_DATA_NOT_FOUND
     * @throws MalformedInputException when the digest length does not fit the algorithm
     */
    ValidationReport verifyDigest(byte[] cms, byte[] digest, String digestOid, VerificationOptions options)
            throws MalformedInputException;

    /** A verifier fetching OCSP and CRLs over HTTP with 10-second timeouts and a 15-minute cache. */
    static CmsVerifier create() {
        return create(RevocationTransport.http(Duration.ofSeconds(10)), new SecureRandom(), Duration.ofMinutes(15));
    }

    /**
     * @param transport how OCSP requests are sent and CRLs fetched
     * @param random source of OCSP nonces
     * @param cacheTtl how long a fetched revocation answer is reused (never past its nextUpdate)
     */
    static CmsVerifier create(RevocationTransport transport, SecureRandom random, Duration cacheTtl) {
        return new DefaultCmsVerifier(new RevocationChecker(transport, random, new RevocationCache(cacheTtl)));
    }
}
