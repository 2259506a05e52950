package kz.qoltanba.signing.algorithm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.signing.UnsupportedAlgorithmException;

/**
 * Digests by OID. SHA-2 comes from the JDK (its intrinsics are as fast as OpenSSL); the GOST digests
 * from Bouncy Castle, under both their Kazakh and TC26 OIDs.
 */
public final class DigestAlgorithms {
    private static final Map<String, String> JDK_DIGESTS = Map.of(
            "1.3.14.3.2.26", "SHA-1",
            "2.16.840.1.101.3.4.2.4", "SHA-224",
            "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512");

    private static final Map<String, KeyAlgorithm> GOST_DIGESTS = Map.of(
            "1.2.398.3.10.1.3.1", KeyAlgorithm.GOST2004,
            "1.2.398.3.10.1.3.1.1.0", KeyAlgorithm.GOST2004,
            "1.2.398.3.10.1.3.2", KeyAlgorithm.GOST2015_256,
            "1.2.398.3.10.1.3.3", KeyAlgorithm.GOST2015_512,
            "1.2.643.7.1.1.2.2", KeyAlgorithm.GOST2012_256,
            "1.2.643.7.1.1.2.3", KeyAlgorithm.GOST2012_512);

    private DigestAlgorithms() {}

    /** A fresh digest for the OID. */
    public static MessageDigest newDigest(String oid) throws UnsupportedAlgorithmException {
        KeyAlgorithm gost = GOST_DIGESTS.get(oid);
        if (gost != null) {
            return new GostMessageDigest(gost);
        }
        String name = JDK_DIGESTS.get(oid);
        if (name == null) {
            throw new UnsupportedAlgorithmException("unsupported digest algorithm " + oid);
        }
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new UnsupportedAlgorithmException("the JDK has no " + name + " digest", e);
        }
    }

    /** Length in bytes of the digest with this OID. */
    public static int length(String oid) throws UnsupportedAlgorithmException {
        return newDigest(oid).getDigestLength();
    }

    /** A readable name for the OID (SHA-256, GOST34.11-2015-512, …), or the OID itself. */
    public static String name(String oid) {
        KeyAlgorithm gost = GOST_DIGESTS.get(oid);
        return gost != null
                ? gost.digestName()
                : Optional.ofNullable(JDK_DIGESTS.get(oid)).orElse(oid);
    }

    public static boolean isKnown(String oid) {
        return GOST_DIGESTS.containsKey(oid) || JDK_DIGESTS.containsKey(oid);
    }
}
