package kz.qoltanba.signing.algorithm;

import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.util.BigIntegers;

/**
 * GOST signature over a streamed message: the family's digest, then the EC-GOST primitive of Bouncy
 * Castle. The value is s‖r big-endian (TC26, RFC 4491), or its byte reversal r‖s little-endian for the
 * Kazakh families.
 */
final class GostSignature extends Signature {
    private final KeyAlgorithm algorithm;
    private final SecureRandom random;
    private final Digest digest;
    private final ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();

    GostSignature(KeyAlgorithm algorithm, SecureRandom random) {
        super(algorithm.name());
        this.algorithm = algorithm;
        this.random = random;
        this.digest = GostDigests.newDigest(algorithm);
    }

    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
        if (!(publicKey instanceof GostPublicKey key) || !compatible(key.keyAlgorithm())) {
            throw new InvalidKeyException("a " + algorithm + " signature needs a " + algorithm + " public key");
        }
        digest.reset();
        signer.init(false, key.parameters());
    }

    @Override
    protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
        if (!(privateKey instanceof GostPrivateKey key) || !compatible(key.keyAlgorithm())) {
            throw new InvalidKeyException("a " + algorithm + " signature needs a " + algorithm + " private key");
        }
        digest.reset();
        signer.init(true, new ParametersWithRandom(key.parameters(), random));
    }

    /** Kazakh and TC26 families of the same size share curve and digest, only OIDs and byte order differ. */
    private boolean compatible(KeyAlgorithm keyAlgorithm) {
        return keyAlgorithm == algorithm
                || keyAlgorithm.fieldSize() == algorithm.fieldSize()
                        && keyAlgorithm != KeyAlgorithm.GOST2004
                        && algorithm != KeyAlgorithm.GOST2004;
    }

    @Override
    protected void engineUpdate(byte b) {
        digest.update(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {
        digest.update(b, off, len);
    }

    @Override
    protected byte[] engineSign() {
        BigInteger[] rs = signer.generateSignature(finishDigest());
        int size = algorithm.fieldSize();
        byte[] value = new byte[2 * size];
        System.arraycopy(BigIntegers.asUnsignedByteArray(size, rs[1]), 0, value, 0, size);
        System.arraycopy(BigIntegers.asUnsignedByteArray(size, rs[0]), 0, value, size, size);
        return algorithm.kazakhByteOrder() ? LittleEndian.reverse(value) : value;
    }

    @Override
    protected boolean engineVerify(byte[] signature) throws SignatureException {
        int size = algorithm.fieldSize();
        byte[] hash = finishDigest();
        if (signature.length != 2 * size) {
            throw new SignatureException(
                    algorithm + " signature has " + signature.length + " bytes, expected " + 2 * size);
        }
        byte[] value = algorithm.kazakhByteOrder() ? LittleEndian.reverse(signature) : signature;
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(value, 0, size));
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(value, size, 2 * size));
        return signer.verifySignature(hash, r, s);
    }

    private byte[] finishDigest() {
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException("GOST signatures take no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
        throw new InvalidParameterException("GOST signatures take no parameters");
    }
}
