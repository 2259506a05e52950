package kz.qoltanba.signing.token;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import kz.qoltanba.signing.algorithm.GostPrivateKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** Keys and certificates generated at test time for the token tests. */
final class TokenTestKeys {
    private static final Map<KeyAlgorithm, ASN1ObjectIdentifier> CURVES = Map.of(
            KeyAlgorithm.GOST2004, CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A,
            KeyAlgorithm.GOST2015_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            KeyAlgorithm.GOST2015_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
            KeyAlgorithm.GOST2012_256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            KeyAlgorithm.GOST2012_512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA);

    static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

    private TokenTestKeys() {}

    /** A private key of the family; {@link #publicKey} gives its public half. */
    static PrivateKey privateKey(KeyAlgorithm algorithm) throws Exception {
        if (algorithm == KeyAlgorithm.RSA) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return pair.getPrivate();
        }
        ASN1ObjectIdentifier curve = CURVES.get(algorithm);
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(
                new ECNamedDomainParameters(curve, ECGOST3410NamedCurves.getByOIDX9(curve)), new SecureRandom()));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new GostPrivateKey(algorithm, (ECPrivateKeyParameters) pair.getPrivate());
    }

    static KeyPair keyPair(KeyAlgorithm algorithm) throws Exception {
        if (algorithm == KeyAlgorithm.RSA) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        GostPrivateKey key = (GostPrivateKey) privateKey(algorithm);
        return new KeyPair(key.publicKey(), key);
    }

    /** A certificate for {@code subjectKey} signed by {@code issuerKey}. */
    static X509Certificate certificate(
            String subject, PublicKey subjectKey, String issuer, PrivateKey issuerKey, Instant from, Instant to)
            throws Exception {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                new X500Name(issuer),
                new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                Date.from(from),
                Date.from(to),
                new X500Name(subject),
                SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded()));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(Operators.contentSigner(issuerKey, null)));
    }

    static X509Certificate selfSigned(String subject, KeyPair pair) throws Exception {
        return certificate(subject, pair.getPublic(), subject, pair.getPrivate(), NOT_BEFORE, NOT_AFTER);
    }
}
