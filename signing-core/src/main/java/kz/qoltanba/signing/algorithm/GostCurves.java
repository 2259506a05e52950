package kz.qoltanba.signing.algorithm;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** Curve parameters of the GOST families, and the Kazakh parameter OIDs written in KZ certificates. */
final class GostCurves {
    /** Curve each Kazakh family is defined on: mathematically the CryptoPro/TC26 curves. */
    private static final Map<KeyAlgorithm, ASN1ObjectIdentifier> KAZAKH_CURVES = Map.of(
            KeyAlgorithm.GOST2004, CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A,
            KeyAlgorithm.GOST2015_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            KeyAlgorithm.GOST2015_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA);

    /** Parameter-set OIDs that NCA writes into SubjectPublicKeyInfo for each Kazakh family. */
    private static final Map<KeyAlgorithm, String> KAZAKH_PARAMETER_OIDS = Map.of(
            KeyAlgorithm.GOST2004, "1.2.398.3.10.1.1.1.1.1",
            KeyAlgorithm.GOST2015_256, "1.2.398.3.10.1.1.2.1.1",
            KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.1.2.2.1");

    /** Digest OID NCA writes beside the parameter set (the 2004 one carries a trailing arc). */
    private static final Map<KeyAlgorithm, String> KAZAKH_PARAMETER_DIGEST_OIDS = Map.of(
            KeyAlgorithm.GOST2004, "1.2.398.3.10.1.3.1.1.0",
            KeyAlgorithm.GOST2015_256, "1.2.398.3.10.1.3.2",
            KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.3.3");

    private GostCurves() {}

    static ASN1ObjectIdentifier kazakhCurve(KeyAlgorithm algorithm) {
        return KAZAKH_CURVES.get(algorithm);
    }

    static ASN1ObjectIdentifier kazakhParameterOid(KeyAlgorithm algorithm) {
        return new ASN1ObjectIdentifier(KAZAKH_PARAMETER_OIDS.get(algorithm));
    }

    static ASN1ObjectIdentifier kazakhParameterDigestOid(KeyAlgorithm algorithm) {
        return new ASN1ObjectIdentifier(KAZAKH_PARAMETER_DIGEST_OIDS.get(algorithm));
    }

    /** Domain parameters of a named GOST curve, or null if Bouncy Castle does not know it. */
    static ECDomainParameters domain(ASN1ObjectIdentifier curve) {
        X9ECParameters x9 = ECGOST3410NamedCurves.getByOIDX9(curve);
        return x9 == null ? null : new ECNamedDomainParameters(curve, x9);
    }
}
