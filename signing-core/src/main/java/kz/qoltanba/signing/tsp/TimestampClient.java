package kz.qoltanba.signing.tsp;

import java.security.SecureRandom;
import kz.qoltanba.signing.SigningException;

/**
 * An RFC 3161 time-stamp client. Each call sends a request with a fresh nonce (and the policy OID only
 * when one is configured), and returns the token only after checking the response: status granted, nonce,
 * message imprint and policy echoed, and the token's signature valid under the TSA certificate it
 * carries. Whether that TSA is trusted is for validation to decide.
 */
public interface TimestampClient {

    /** The DER TimeStampToken (a CMS ContentInfo) over the digest of {@code data}. */
    byte[] timestamp(byte[] data) throws SigningException;

    /** The DER TimeStampToken over an already computed digest made with {@code digestOid}. */
    byte[] timestampDigest(byte[] digest, String digestOid) throws SigningException;

    /** A client over HTTP ({@link TsaTransport#http()}). */
    static TimestampClient create(TsaConfig config) {
        return create(config, TsaTransport.http(), new SecureRandom());
    }

    /** A client over any transport; {@code random} makes the nonces. */
    static TimestampClient create(TsaConfig config, TsaTransport transport, SecureRandom random) {
        return new Rfc3161Client(config, transport, random);
    }
}
