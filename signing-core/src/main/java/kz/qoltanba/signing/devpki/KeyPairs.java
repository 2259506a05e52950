package kz.qoltanba.signing.devpki;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.GostKeyPairs;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/** Fresh key pairs for the development PKI: RSA-2048 from the JDK, KZ GOST from Bouncy Castle. */
final class KeyPairs {
    private static final int RSA_BITS = 2048;

    private final SecureRandom random;

    KeyPairs(SecureRandom random) {
        this.random = random;
    }

    KeyPair generate(KeyAlgorithm algorithm) throws UnsupportedAlgorithmException, SignatureCreationException {
        if (algorithm.isGost()) {
            return GostKeyPairs.generate(algorithm, random);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new SignatureCreationException("the JDK cannot generate RSA keys", e);
        }
    }
}
