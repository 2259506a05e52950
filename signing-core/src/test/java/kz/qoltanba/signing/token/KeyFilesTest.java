package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.GostPrivateKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The KZ-format PKCS#12 writer: what it writes, our reader reads back exactly, in NCA's key encoding. */
class KeyFilesTest {
    private static final char[] PASSWORD = "s3cret-Пароль".toCharArray();

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"RSA", "GOST2004", "GOST2015_256", "GOST2015_512", "GOST2012_256", "GOST2012_512"})
    void whenKeyAndChainAreWritten_thenTheReaderReturnsTheSameKeyCertificateAndChain(KeyAlgorithm algorithm)
            throws Exception {
        KeyPair root = TokenTestKeys.keyPair(algorithm);
        X509Certificate rootCertificate = TokenTestKeys.selfSigned("CN=Test Root " + algorithm, root);
        KeyPair leaf = TokenTestKeys.keyPair(algorithm);
        X509Certificate leafCertificate = TokenTestKeys.certificate(
                "CN=Test Person,SERIALNUMBER=IIN123456789011",
                leaf.getPublic(),
                "CN=Test Root " + algorithm,
                root.getPrivate(),
                TokenTestKeys.NOT_BEFORE,
                TokenTestKeys.NOT_AFTER);
        Path file = directory.resolve("key.p12");

        KeyFiles.writePkcs12(file, leaf.getPrivate(), List.of(leafCertificate, rootCertificate), PASSWORD);

        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, PASSWORD)) {
            assertThat(store.keys()).hasSize(1);
            KeyEntry entry = store.keys().get(0);
            assertThat(entry.alias()).isEqualTo(KeyAliases.alias(leafCertificate));
            assertThat(entry.certificate()).isEqualTo(leafCertificate);
            assertThat(entry.chain()).containsExactly(leafCertificate, rootCertificate);
            assertThat(entry.privateKey().getEncoded())
                    .isEqualTo(leaf.getPrivate().getEncoded());
            byte[] data = "round trip".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signatures.forSigning(entry.privateKey());
            signer.update(data);
            assertThat(Signatures.verify(
                            Signatures.publicKey(leafCertificate), algorithm.signatureOid(), null, data, signer.sign()))
                    .isTrue();
        }
        assertThat(PASSWORD).isEqualTo("s3cret-Пароль".toCharArray());
    }

    @Test
    void whenNcaKeyIsRewritten_thenItsPkcs8IsByteForByteWhatNcaStored() throws Exception {
        for (Path nca : List.of(
                SharedFixtures.gost2015("legal__valid__head.p12"),
                SharedFixtures.kalkan2020(
                        "organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12"))) {
            char[] ncaPassword = SharedFixtures.PASSWORD.toCharArray();
            byte[] ncaPkcs8 = onlyKeyInfo(Files.readAllBytes(nca), ncaPassword).getEncoded();
            KeyEntry entry =
                    KeyStores.open(StorageType.PKCS12, nca, ncaPassword).keys().get(0);

            byte[] ours = KeyFiles.encodePkcs12(entry.privateKey(), entry.chain(), PASSWORD);

            assertThat(onlyKeyInfo(ours, PASSWORD).getEncoded()).isEqualTo(ncaPkcs8);
            Path file = directory.resolve("rewritten.p12");
            Files.write(file, ours);
            KeyEntry reread =
                    KeyStores.open(StorageType.PKCS12, file, PASSWORD).keys().get(0);
            assertThat(reread.alias()).isEqualTo(entry.alias());
            assertThat(((GostPrivateKey) reread.privateKey()).parameters().getD())
                    .isEqualTo(
                            ((GostPrivateKey) entry.privateKey()).parameters().getD());
        }
    }

    @Test
    void whenWrittenFileIsOpenedWithAnotherPassword_thenWrongPasswordIsReported() throws Exception {
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.GOST2015_512);
        Path file = directory.resolve("key.p12");
        KeyFiles.writePkcs12(file, pair.getPrivate(), List.of(TokenTestKeys.selfSigned("CN=A", pair)), PASSWORD);

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, "other".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void whenKeyDoesNotBelongToTheFirstCertificate_thenNothingIsWritten() throws Exception {
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.GOST2015_512);
        KeyPair other = TokenTestKeys.keyPair(KeyAlgorithm.GOST2015_512);
        Path file = directory.resolve("key.p12");

        assertThatThrownBy(() -> KeyFiles.writePkcs12(
                        file, other.getPrivate(), List.of(TokenTestKeys.selfSigned("CN=A", pair)), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
        assertThat(file).doesNotExist();
    }

    @Test
    void whenKeyIsOfAnUnsupportedAlgorithm_thenUnsupportedAlgorithmIsReported() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        PrivateKey ec = generator.generateKeyPair().getPrivate();
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);

        assertThatThrownBy(() -> KeyFiles.encodePkcs12(ec, List.of(TokenTestKeys.selfSigned("CN=A", pair)), PASSWORD))
                .isInstanceOf(UnsupportedAlgorithmException.class);
    }

    private static PrivateKeyInfo onlyKeyInfo(byte[] file, char[] password) throws Exception {
        List<PrivateKeyInfo> keys =
                new Pkcs12Reader("test").read(file, password).orElseThrow().keyInfos();
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    @Test
    void whenPasswordIsUsed_thenTheCallersArrayIsLeftForTheCallerToWipe() throws Exception {
        char[] password = PASSWORD.clone();
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);
        Path file = directory.resolve("key.p12");
        KeyFiles.writePkcs12(file, pair.getPrivate(), List.of(TokenTestKeys.selfSigned("CN=A", pair)), password);
        KeyStores.open(StorageType.PKCS12, file, password).close();
        assertThat(password).isEqualTo(PASSWORD);
        Arrays.fill(password, '\0');
    }
}
