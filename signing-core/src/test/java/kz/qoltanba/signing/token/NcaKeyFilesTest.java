package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real NCA test key file loads through our PKCS#12 reader and its key signs verifiably. */
class NcaKeyFilesTest {

    static Stream<Path> ncaKeyFiles() throws IOException {
        Path root = SharedFixtures.shared().resolve("fixtures/nca-test");
        List<Path> files;
        try (Stream<Path> gost = Files.list(root.resolve("gost2015-2022"));
                Stream<Path> kalkan = Files.list(root.resolve("kalkan-2020"))) {
            files = Stream.concat(gost, kalkan)
                    .filter(p -> p.toString().endsWith(".p12"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSize(12 + 8);
        return files.stream();
    }

    /** The family the fixtures README documents for each file (not what our code detects). */
    private static KeyAlgorithm expectedAlgorithm(Path file) {
        String name = file.getFileName().toString();
        if (file.getParent().getFileName().toString().equals("gost2015-2022")) {
            return KeyAlgorithm.GOST2015_512;
        }
        return name.contains("GOSTKNCA") ? KeyAlgorithm.GOST2004 : KeyAlgorithm.RSA;
    }

    private static X509Certificate certificateBeside(Path p12) {
        String name = p12.getFileName().toString().replace(".p12", ".crt.pem");
        return SharedFixtures.certificate(p12.resolveSibling(name));
    }

    @ParameterizedTest
    @MethodSource("ncaKeyFiles")
    void whenNcaKeyFileIsOpenedWithItsPassword_thenItsKeySignsForItsCertificate(Path file) throws Exception {
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, SharedFixtures.PASSWORD.toCharArray())) {
            assertThat(store.keys()).hasSize(1);
            KeyEntry entry = store.keys().get(0);
            X509Certificate expected = certificateBeside(file);
            assertThat(entry.certificate()).isEqualTo(expected);
            assertThat(entry.chain()).startsWith(expected);
            KeyAlgorithm algorithm = expectedAlgorithm(file);
            assertThat(Signatures.algorithmOf(entry.privateKey())).isEqualTo(algorithm);

            byte[] data = ("document signed with " + file.getFileName()).getBytes(StandardCharsets.UTF_8);
            Signature signer = Signatures.forSigning(entry.privateKey());
            signer.update(data);
            byte[] value = signer.sign();
            assertThat(Signatures.verify(Signatures.publicKey(expected), algorithm.signatureOid(), null, data, value))
                    .isTrue();
            data[0] ^= 1;
            assertThat(Signatures.verify(Signatures.publicKey(expected), algorithm.signatureOid(), null, data, value))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("ncaKeyFiles")
    void whenNcaKeyFileIsOpened_thenAliasIsTheHexSha1OfThePublicKeyAsNcaWroteIt(Path file) throws Exception {
        X509Certificate certificate = certificateBeside(file);
        // NCA's certificates carry the same SHA-1 as their subject key identifier, and the Kalkan file names end in it.
        byte[] ski = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                                certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                        .getOctets())
                .getKeyIdentifier();
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, SharedFixtures.PASSWORD.toCharArray())) {
            String alias = store.keys().get(0).alias();
            assertThat(alias).isEqualTo(HexFormat.of().formatHex(ski)).matches("[0-9a-f]{40}");
            if (file.getFileName().toString().contains("RSA256_")
                    || file.getFileName().toString().contains("GOSTKNCA_")) {
                assertThat(file.getFileName().toString()).endsWith("_" + alias + ".p12");
            }
            assertThat(store.key(alias)).isSameAs(store.keys().get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("ncaKeyFiles")
    void whenNcaKeyFileIsOpenedWithAWrongPassword_thenWrongPasswordIsReported(Path file) {
        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, "Qwerty13".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("wrong password")
                .hasMessageNotContaining("Qwerty");
    }
}
