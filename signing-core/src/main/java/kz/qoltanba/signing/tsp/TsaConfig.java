package kz.qoltanba.signing.tsp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;

/**
 * Where and how to ask for time-stamps.
 *
 * @param url the TSA's HTTP(S) address
 * @param policyOid the TSA policy to request, or null to request none (ordinary TSAs reject policies they
 *     do not know, so none is sent unless configured)
 * @param digestOid the digest of the message imprint (SHA-256 by default; a Kazakh GOST OID for NCA's TSA)
 * @param timeout connect and read timeout of one request
 * @param proxy the HTTP proxy to go through, or null for a direct connection
 */
public record TsaConfig(URI url, String policyOid, String digestOid, Duration timeout, TsaProxy proxy) {
    public static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public TsaConfig {
        Objects.requireNonNull(url, "tsa.url");
        Objects.requireNonNull(digestOid, "tsa.digestOid");
        Objects.requireNonNull(timeout, "tsa.timeout");
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("tsa.url must be an http or https address: " + url);
        }
        if (!DigestAlgorithms.isKnown(digestOid)) {
            throw new IllegalArgumentException("tsa.digestOid is not a supported digest: " + digestOid);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tsa.timeout must be positive: " + timeout);
        }
    }

    /** SHA-256 imprints, no policy, the default timeout, no proxy. */
    public static TsaConfig of(URI url) {
        return new TsaConfig(url, null, SHA256, DEFAULT_TIMEOUT, null);
    }

    public TsaConfig withPolicy(String oid) {
        return new TsaConfig(url, oid, digestOid, timeout, proxy);
    }

    public TsaConfig withDigest(String oid) {
        return new TsaConfig(url, policyOid, oid, timeout, proxy);
    }

    public TsaConfig withTimeout(Duration value) {
        return new TsaConfig(url, policyOid, digestOid, value, proxy);
    }

    public TsaConfig withProxy(TsaProxy value) {
        return new TsaConfig(url, policyOid, digestOid, timeout, value);
    }
}
