package kz.qoltanba.signing.algorithm;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;

/** Bouncy Castle digests of the GOST families. */
final class GostDigests {
    private GostDigests() {}

    static Digest newDigest(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            // GOST 34.311-95 is GOST R 34.11-94 with the "D-Test" S-box, not Bouncy Castle's default "D-A".
            case GOST2004 -> new GOST3411Digest(GOST28147Engine.getSBox("D-Test"));
            case GOST2015_256, GOST2012_256 -> new GOST3411_2012_256Digest();
            case GOST2015_512, GOST2012_512 -> new GOST3411_2012_512Digest();
            case RSA -> throw new IllegalArgumentException("RSA has no GOST digest");
        };
    }
}
