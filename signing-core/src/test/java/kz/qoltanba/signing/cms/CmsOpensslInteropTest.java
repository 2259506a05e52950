package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.signing.algorithm.GostPrivateKey;
import kz.qoltanba.signing.algorithm.GostPublicKey;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TestCertificates;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our CMS checked by OpenSSL (and its GOST engine), and OpenSSL's CMS co-signed by us. */
class CmsOpensslInteropTest {
    private static final Instant NOW = Instant.now();
    private static final CmsOptions OPTIONS = CmsOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final byte[] CONTENT = "Interop: құжат\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whenOurRsaCms_thenOpensslVerifiesIt(boolean detached) throws Exception {
        CmsTools.requireOpenssl();
        TestCertificates pki = new TestCertificates(KeyAlgorithm.RSA, NOW);
        byte[] cms = CmsSigner.create(pki.signingKey("RSA signer"), OPTIONS.withDetached(detached))
                .sign(CONTENT);

        CmsTools.Result result = opensslVerify(cms, detached, List.of(pki.ca().getEncoded()), false);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).isEqualTo(CONTENT);
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"GOST2012_256", "GOST2012_512"})
    void whenOurGost2012Cms_thenOpensslGostEngineVerifiesIt(KeyAlgorithm algorithm) throws Exception {
        CmsTools.requireGostEngine();
        TestCertificates pki = new TestCertificates(algorithm, NOW);
        KeyEntry key = pki.signingKey("GOST signer");
        for (boolean detached : new boolean[] {false, true}) {
            byte[] cms = CmsSigner.create(key, OPTIONS.withDetached(detached)).sign(CONTENT);

            CmsTools.Result result =
                    opensslVerify(cms, detached, List.of(pki.ca().getEncoded()), true);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Verification successful");
        }
    }

    @Test
    void whenOurRsaCmsIsTampered_thenOpensslRejectsIt() throws Exception {
        CmsTools.requireOpenssl();
        TestCertificates pki = new TestCertificates(KeyAlgorithm.RSA, NOW);
        byte[] cms = CmsSigner.create(pki.signingKey("RSA signer"), OPTIONS.withDetached(true))
                .sign(CONTENT);
        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;
        Files.write(dir.resolve("content.bin"), changed);
        Files.write(dir.resolve("sig.der"), cms);
        CmsTools.writePem(dir.resolve("ca.pem"), "CERTIFICATE", pki.ca().getEncoded());

        CmsTools.Result result = CmsTools.run(
                List.of(
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        "sig.der",
                        "-content",
                        "content.bin",
                        "-CAfile",
                        "ca.pem",
                        "-purpose",
                        "any",
                        "-out",
                        "out.bin"),
                dir);

        assertThat(result.exitCode()).isNotZero();
    }

    /**
     * kz-pki.md §2: our KZ GOST-2015 signature, byte-reversed, is the TC26 signature of the same signed
     * attributes; with the public key restated under the TC26 OIDs the GOST engine checks it.
     */
    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"GOST2015_256", "GOST2015_512"})
    void whenOurKazakhGostSignatureIsRestatedInTc26Form_thenOpensslGostEngineVerifiesIt(KeyAlgorithm algorithm)
            throws Exception {
        CmsTools.requireGostEngine();
        KeyEntry key = new TestCertificates(algorithm, NOW).signingKey("KZ GOST signer");
        byte[] cms = CmsSigner.create(key, OPTIONS).sign(CONTENT);
        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        KeyAlgorithm tc26 =
                algorithm == KeyAlgorithm.GOST2015_256 ? KeyAlgorithm.GOST2012_256 : KeyAlgorithm.GOST2012_512;
        GostPublicKey restated = GostPublicKey.of(
                tc26, ((GostPrivateKey) key.privateKey()).publicKey().parameters());
        Files.write(dir.resolve("attrs.der"), signer.getEncodedSignedAttributes());
        Files.write(dir.resolve("sig.bin"), reversed(signer.getSignature()));
        CmsTools.writePem(dir.resolve("pub.pem"), "PUBLIC KEY", restated.getEncoded());
        String md = algorithm == KeyAlgorithm.GOST2015_256 ? "-md_gost12_256" : "-md_gost12_512";

        CmsTools.Result good = CmsTools.run(
                List.of(
                        "openssl",
                        "dgst",
                        "-engine",
                        "gost",
                        md,
                        "-verify",
                        "pub.pem",
                        "-signature",
                        "sig.bin",
                        "attrs.der"),
                dir);
        Files.write(dir.resolve("sig.bin"), signer.getSignature());
        CmsTools.Result unreversed = CmsTools.run(
                List.of(
                        "openssl",
                        "dgst",
                        "-engine",
                        "gost",
                        md,
                        "-verify",
                        "pub.pem",
                        "-signature",
                        "sig.bin",
                        "attrs.der"),
                dir);

        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("Verified OK");
        assertThat(unreversed.exitCode())
                .as("the Kazakh byte order differs from TC26")
                .isNotZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whenOpensslMadeCmsIsCoSignedByUs_thenOpensslVerifiesBothSigners(boolean detached) throws Exception {
        CmsTools.requireOpenssl();
        TestCertificates theirs = new TestCertificates(KeyAlgorithm.RSA, NOW);
        KeyEntry theirKey = theirs.signingKey("OpenSSL signer");
        CmsTools.writePem(
                dir.resolve("their.pem"), "CERTIFICATE", theirKey.certificate().getEncoded());
        CmsTools.writePem(
                dir.resolve("their.key"), "PRIVATE KEY", theirKey.privateKey().getEncoded());
        Files.write(dir.resolve("content.bin"), CONTENT);
        List<String> sign = new ArrayList<>(List.of(
                "openssl",
                "cms",
                "-sign",
                "-binary",
                "-md",
                "sha256",
                "-in",
                "content.bin",
                "-signer",
                "their.pem",
                "-inkey",
                "their.key",
                "-outform",
                "DER",
                "-out",
                "theirs.der"));
        if (!detached) {
            sign.add("-nodetach");
        }
        CmsTools.Result made = CmsTools.run(sign, dir);
        assertThat(made.exitCode()).as(made.output()).isZero();
        TestCertificates ours = new TestCertificates(KeyAlgorithm.RSA, NOW);

        byte[] cosigned = CmsSigner.create(ours.signingKey("Our co-signer"), OPTIONS)
                .coSign(Files.readAllBytes(dir.resolve("theirs.der")), detached ? CONTENT : null);

        assertThat(new CMSSignedData(cosigned).getSignerInfos().size()).isEqualTo(2);
        CmsTools.Result result = opensslVerify(
                cosigned, detached, List.of(theirs.ca().getEncoded(), ours.ca().getEncoded()), false);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
        assertThat(CmsChecks.verifySigners(cosigned, detached ? CONTENT : null)).containsExactly(true, true);
    }

    private CmsTools.Result opensslVerify(byte[] cms, boolean detached, List<byte[]> cas, boolean gost)
            throws Exception {
        Files.write(dir.resolve("sig.der"), cms);
        Files.write(dir.resolve("content.bin"), CONTENT);
        CmsTools.writePem(dir.resolve("ca.pem"), "CERTIFICATE", cas.toArray(new byte[0][]));
        List<String> command = new ArrayList<>(List.of("openssl", "cms"));
        if (gost) {
            command.addAll(List.of("-engine", "gost"));
        }
        command.addAll(List.of(
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                "sig.der",
                "-CAfile",
                "ca.pem",
                "-purpose",
                "any",
                "-out",
                "out.bin"));
        if (detached) {
            command.addAll(List.of("-content", "content.bin"));
        }
        return CmsTools.run(command, dir);
    }

    private static byte[] reversed(byte[] value) {
        byte[] out = Arrays.copyOf(value, value.length);
        for (int i = 0; i < out.length / 2; i++) {
            byte b = out[i];
            out[i] = out[out.length - 1 - i];
            out[out.length - 1 - i] = b;
        }
        return out;
    }
}
