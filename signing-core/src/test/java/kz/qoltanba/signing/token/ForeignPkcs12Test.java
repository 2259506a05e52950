package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PKCS#12 files made by other implementations (Bouncy Castle's builder in the NCA layout, the JDK's
 * PBES2 layout): our reader reads them, and keys of algorithms we cannot sign with are reported as such.
 */
class ForeignPkcs12Test {
    private static final char[] PASSWORD = "foreign".toCharArray();

    @TempDir
    Path directory;

    @Test
    void whenBouncyCastleWritesAnRsaFileInNcaLayout_thenOurReaderReadsTheKey() throws Exception {
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);
        X509Certificate certificate = TokenTestKeys.selfSigned("CN=BC made", pair);
        Path file = write(legacyPfx(pair, certificate, true));

        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, PASSWORD)) {
            assertThat(store.keys()).singleElement().satisfies(entry -> {
                assertThat(entry.certificate()).isEqualTo(certificate);
                assertThat(entry.privateKey().getEncoded())
                        .isEqualTo(pair.getPrivate().getEncoded());
            });
        }
    }

    @Test
    void whenFileHasNoMacAndThePasswordIsWrong_thenWrongPasswordIsReported() throws Exception {
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);
        X509Certificate certificate = TokenTestKeys.selfSigned("CN=No MAC", pair);
        Path file = write(legacyPfx(pair, certificate, false));

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, "wrong".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("wrong password");
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, PASSWORD)) {
            assertThat(store.keys()).hasSize(1);
        }
    }

    @Test
    void whenNcaLayoutFileHoldsAnEcdsaKey_thenUnsupportedAlgorithmNamesIt() throws Exception {
        KeyPair pair = ecKeyPair();
        Path file = write(legacyPfx(pair, ecCertificate(pair), true));

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                .isInstanceOf(UnsupportedAlgorithmException.class)
                .hasMessageContaining("1.2.840.10045.2.1");
    }

    @Test
    void whenJdkFileHoldsAnEcdsaKey_thenUnsupportedAlgorithmIsReported() throws Exception {
        KeyPair pair = ecKeyPair();
        KeyStore jdk = KeyStore.getInstance("PKCS12");
        jdk.load(null, null);
        jdk.setKeyEntry("ec", pair.getPrivate(), PASSWORD, new Certificate[] {ecCertificate(pair)});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdk.store(out, PASSWORD);
        Path file = Files.write(directory.resolve("jdk-ec.p12"), out.toByteArray());

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                .isInstanceOf(UnsupportedAlgorithmException.class);
    }

    private Path write(byte[] pfx) throws Exception {
        return Files.write(Files.createTempFile(directory, "foreign", ".p12"), pfx);
    }

    /** 3DES key bag, RC2-40 certificate bag, SHA-1 MAC (or none), by Bouncy Castle's own builder. */
    private static byte[] legacyPfx(KeyPair pair, X509Certificate certificate, boolean withMac) throws Exception {
        OutputEncryptor keyEncryptor = new BcPKCS12PBEOutputEncryptorBuilder(
                        PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                        CBCBlockCipher.newInstance(new DESedeEngine()))
                .build(PASSWORD);
        OutputEncryptor certificateEncryptor = new BcPKCS12PBEOutputEncryptorBuilder(
                        PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, CBCBlockCipher.newInstance(new RC2Engine()))
                .build(PASSWORD);
        PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(pair.getPrivate(), keyEncryptor);
        keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString("key"));
        PKCS12SafeBagBuilder certificateBag = new JcaPKCS12SafeBagBuilder(certificate);
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addData(keyBag.build());
        builder.addEncryptedData(certificateEncryptor, new PKCS12SafeBag[] {certificateBag.build()});
        PKCS12PfxPdu pfx = builder.build(withMac ? new BcPKCS12MacCalculatorBuilder() : null, PASSWORD);
        return pfx.getEncoded();
    }

    private static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate ecCertificate(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=ECDSA holder");
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.TEN,
                                Date.from(TokenTestKeys.NOT_BEFORE),
                                Date.from(TokenTestKeys.NOT_AFTER),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }
}
