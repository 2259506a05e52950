package kz.qoltanba.signing.cms;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * Makes CMS SignedData (CAdES-B, or CAdES-T with a TSA) with one key: RSA (SHA256withRSA), GOST R
 * 34.10-2012 with the TC26 OIDs, and the Kazakh GOST families with the Kazakh OIDs and byte order, spelled
 * as Kalkan spells them. Every result is DER; {@link CmsEncoding} turns it into base64 or PEM. Inputs
 * that take an existing CMS accept DER, PEM ({@code CMS} or {@code PKCS7}) or bare base64.
 */
public interface CmsSigner {

    /** Signs in memory: attached, or detached when the options say so. */
    byte[] sign(byte[] content) throws SigningException;

    /** Signs a stream of any size in constant memory; always detached. The stream is read to its end. */
    byte[] sign(InputStream content) throws SigningException;

    /**
     * Signs a digest computed elsewhere (detached). {@code digestOid} must be the key family's digest
     * (SHA-256 for RSA, Streebog for GOST-2012/2015, GOST 34.311 for GOST-2004).
     */
    byte[] signDigest(byte[] digest, String digestOid) throws SigningException;

    /** Signs several documents with the same key, each into its own SignedData. */
    List<byte[]> signAll(List<byte[]> contents) throws SigningException;

    /** {@link #coSign(byte[], byte[])} for a CMS with attached content. */
    default byte[] coSign(byte[] cms) throws SigningException {
        return coSign(cms, (byte[]) null);
    }

    /**
     * Adds this key as one more signer of an existing SignedData, keeping every existing signer, its
     * certificates and the content untouched. {@code detachedContent} is required when the CMS is
     * detached, and must be null or equal to the content when it is attached.
     */
    byte[] coSign(byte[] cms, byte[] detachedContent) throws SigningException;

    /** {@link #coSign(byte[], byte[])} for a detached CMS whose content is a stream of any size. */
    byte[] coSign(byte[] cms, InputStream detachedContent) throws SigningException;

    /**
     * Adds a signature-time-stamp (id-aa-signatureTimeStampToken over the signature value) to each
     * signer that has none yet, using the options' TSA client.
     */
    byte[] addTimestamp(byte[] cms) throws SigningException;

    static CmsSigner create(KeyEntry key, CmsOptions options) {
        return new KeyCmsSigner(key, options, null);
    }

    /**
     * As {@link #create(KeyEntry, CmsOptions)}, taking what the key's certificates contribute to each signature
     * from {@code prepared} (and adding it there the first time): for callers that make a signer per request.
     */
    static CmsSigner create(KeyEntry key, CmsOptions options, PreparedSigners prepared) {
        return new KeyCmsSigner(key, options, Objects.requireNonNull(prepared, "prepared"));
    }
}
