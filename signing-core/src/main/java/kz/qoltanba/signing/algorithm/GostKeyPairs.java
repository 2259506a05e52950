package kz.qoltanba.signing.algorithm;

import java.security.KeyPair;
import java.security.SecureRandom;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** Fresh GOST key pairs on the family's curve, for generated test and development PKIs. */
public final class GostKeyPairs {
    private GostKeyPairs() {}

    /** A new key pair of a GOST family: a {@link GostPrivateKey} and its {@link GostPublicKey}. */
    public static KeyPair generate(KeyAlgorithm algorithm, SecureRandom random) throws UnsupportedAlgorithmException {
        if (!algorithm.kazakhByteOrder()) {
            throw new UnsupportedAlgorithmException("cannot generate key pairs for " + algorithm);
        }
        ECDomainParameters domain = GostCurves.domain(GostCurves.kazakhCurve(algorithm));
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        GostPrivateKey privateKey = new GostPrivateKey(algorithm, (ECPrivateKeyParameters) pair.getPrivate());
        return new KeyPair(privateKey.publicKey(), privateKey);
    }
}
