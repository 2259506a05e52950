package kz.qoltanba.signing.cms;

import static kz.qoltanba.signing.testutil.SharedFixtures.certificate;
import static kz.qoltanba.signing.testutil.SharedFixtures.gost2015;
import static kz.qoltanba.signing.testutil.SharedFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.signing.algorithm.GostPublicKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.testutil.SharedFixtures;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS signed with real NCA test keys (KZ GOST-2015/512 and the Kalkan-era GOST-2004 key files). */
class NcaKeyCmsTest {
    private static final byte[] CONTENT = "Қол қою: NCA test key".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static KeyEntry open(Path file) throws Exception {
        char[] password = SharedFixtures.PASSWORD.toCharArray();
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, password)) {
            return store.keys().get(0);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Test
    void whenSigningWithTheNcaGost2015HeadKey_thenTheCmsVerifiesAndItsSignerIsNcaIssued() throws Exception {
        KeyEntry head = open(gost2015("legal__valid__head.p12"));
        CmsOptions options =
                CmsOptions.defaults().withClock(Clock.fixed(SharedFixtures.GOST2015_INSTANT, ZoneOffset.UTC));

        byte[] attached = CmsSigner.create(head, options).sign(CONTENT);
        byte[] detached = CmsSigner.create(head, options.withDetached(true)).sign(CONTENT);

        assertThat(CmsChecks.verifySigners(attached, null)).containsExactly(true);
        assertThat(CmsChecks.verifySigners(detached, CONTENT)).containsExactly(true);
        SignerInformation signer = new CMSSignedData(attached)
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        assertThat(signer.getEncryptionAlgOID()).isEqualTo(KeyAlgorithm.GOST2015_512.signatureOid());
        assertThat(signer.getDigestAlgOID()).isEqualTo(KeyAlgorithm.GOST2015_512.digestOid());
        assertThat(Signatures.isCertificateSignedBy(
                        head.certificate(), Signatures.publicKey(certificate(gost2015("nca_gost2022_test.cer")))))
                .isTrue();
    }

    @Test
    void whenTheNcaKeysSignatureIsRestatedInTc26Form_thenOpensslGostEngineVerifiesIt() throws Exception {
        CmsTools.requireGostEngine();
        KeyEntry head = open(gost2015("legal__valid__head.p12"));
        SignerInformation signer = new CMSSignedData(
                        CmsSigner.create(head, CmsOptions.defaults()).sign(CONTENT))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        GostPublicKey kz = (GostPublicKey) Signatures.publicKey(head.certificate());
        Files.write(dir.resolve("attrs.der"), signer.getEncodedSignedAttributes());
        byte[] value = signer.getSignature();
        byte[] reversed = new byte[value.length];
        for (int i = 0; i < value.length; i++) {
            reversed[i] = value[value.length - 1 - i];
        }
        Files.write(dir.resolve("sig.bin"), reversed);
        CmsTools.writePem(
                dir.resolve("pub.pem"),
                "PUBLIC KEY",
                GostPublicKey.of(KeyAlgorithm.GOST2012_512, kz.parameters()).getEncoded());

        CmsTools.Result result = CmsTools.run(
                List.of(
                        "openssl",
                        "dgst",
                        "-engine",
                        "gost",
                        "-md_gost12_512",
                        "-verify",
                        "pub.pem",
                        "-signature",
                        "sig.bin",
                        "attrs.der"),
                dir);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verified OK");
    }

    @Test
    void whenTheKalkanEraGost2004KeyCoSignsTheKalkanCms_thenBothSignersVerify() throws Exception {
        KeyEntry gost2004 =
                open(kalkan2020("organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12"));
        byte[] kalkan = Files.readAllBytes(
                kalkan2020("cms-xml/personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms"));

        byte[] cosigned = CmsSigner.create(
                        gost2004,
                        CmsOptions.defaults().withClock(Clock.fixed(SharedFixtures.KALKAN2020_INSTANT, ZoneOffset.UTC)))
                .coSign(kalkan);

        assertThat(CmsChecks.verifySigners(cosigned, null)).containsExactly(true, true);
        SignerInformation ours = new CMSSignedData(cosigned)
                .getSignerInfos().getSigners().stream().skip(1).findFirst().orElseThrow();
        assertThat(ours.getDigestAlgOID()).isEqualTo("1.2.398.3.10.1.3.1");
        assertThat(ours.getEncryptionAlgOID()).isEqualTo("1.2.398.3.10.1.1.1.2");
    }
}
