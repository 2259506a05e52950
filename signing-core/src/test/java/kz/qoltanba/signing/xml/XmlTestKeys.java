package kz.qoltanba.signing.xml;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.qoltanba.signing.algorithm.GostPrivateKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.token.KeyEntry;
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

/** Fresh keys with self-signed certificates (valid from yesterday for a year), generated per test run. */
final class XmlTestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private XmlTestKeys() {}

    static KeyEntry rsa(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        KeyPair pair = generator.generateKeyPair();
        return entry(commonName, pair.getPrivate(), pair.getPublic());
    }

    static KeyEntry gost2015(String commonName) throws Exception {
        return gost(KeyAlgorithm.GOST2015_512, commonName);
    }

    /** A key of any GOST family on the curve that family is defined on. */
    static KeyEntry gost(KeyAlgorithm algorithm, String commonName) throws Exception {
        ASN1ObjectIdentifier curve = switch (algorithm) {
            case GOST2004 -> CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A;
            case GOST2015_256, GOST2012_256 -> RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA;
            case GOST2015_512, GOST2012_512 -> RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA;
            default -> throw new IllegalArgumentException("not a GOST family: " + algorithm);
        };
        var domain = new ECNamedDomainParameters(curve, ECGOST3410NamedCurves.getByOIDX9(curve));
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, RANDOM));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        GostPrivateKey key = new GostPrivateKey(algorithm, (ECPrivateKeyParameters) pair.getPrivate());
        return entry(commonName, key, key.publicKey());
    }

    private static KeyEntry entry(String commonName, PrivateKey privateKey, PublicKey publicKey) throws Exception {
        X500Name name = new X500Name("CN=" + commonName + ",O=Qoltanba XML test,C=KZ");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                name,
                new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))),
                name,
                SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(Operators.contentSigner(privateKey, null)));
        return new KeyEntry(commonName, privateKey, certificate, List.of(certificate), null);
    }
}
