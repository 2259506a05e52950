package kz.qoltanba.signing.algorithm;

import java.security.MessageDigest;
import org.bouncycastle.crypto.Digest;

/** A JCA view of a Bouncy Castle GOST digest, so that callers stream into one MessageDigest type. */
final class GostMessageDigest extends MessageDigest {
    private final Digest digest;

    GostMessageDigest(KeyAlgorithm algorithm) {
        super(algorithm.digestName());
        this.digest = GostDigests.newDigest(algorithm);
    }

    @Override
    protected int engineGetDigestLength() {
        return digest.getDigestSize();
    }

    @Override
    protected void engineUpdate(byte input) {
        digest.update(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        digest.update(input, offset, len);
    }

    @Override
    protected byte[] engineDigest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    protected void engineReset() {
        digest.reset();
    }
}
