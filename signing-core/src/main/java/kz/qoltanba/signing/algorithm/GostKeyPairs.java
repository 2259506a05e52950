package kz.qoltanba.signing.algorithm;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** Fresh GOST key pairs (test PKIs, development stand-ins), encoded with the family's own OIDs. */
public final class GostKeyPairs {
    /** Curves of the TC26 families; the Kazakh families use {@link GostCurves#kazakhCurve}. */
    private static final Map<KeyAlgorithm, ASN1ObjectIdentifier> TC26_CURVES = Map.of(
            KeyAlgorithm.GOST2012_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            KeyAlgorithm.GOST2012_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA);

    private GostKeyPairs() {}

    /** A new key pair: a {@link GostPublicKey} and a {@link GostPrivateKey} of {@code algorithm}. */
    public static KeyPair generate(KeyAlgorithm algorithm, SecureRandom random) {
        if (!algorithm.isGost()) {
            throw new IllegalArgumentException("not a GOST algorithm: " + algorithm);
        }
        ASN1ObjectIdentifier curve =
                algorithm.kazakhByteOrder() ? GostCurves.kazakhCurve(algorithm) : TC26_CURVES.get(algorithm);
        ECDomainParameters domain = GostCurves.domain(curve);
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        GostPrivateKey privateKey = new GostPrivateKey(algorithm, (ECPrivateKeyParameters) pair.getPrivate());
        return new KeyPair(privateKey.publicKey(), privateKey);
    }
}
