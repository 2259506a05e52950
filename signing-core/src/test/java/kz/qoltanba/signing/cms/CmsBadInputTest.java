package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.tsp.TestCertificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage in, a typed error out: no hang, no runtime exception. */
class CmsBadInputTest {
    private static final byte[] CONTENT = "content".getBytes(StandardCharsets.UTF_8);
    private static CmsSigner signer;
    private static byte[] good;

    @BeforeAll
    static void sign() throws Exception {
        signer = CmsSigner.create(
                new TestCertificates(KeyAlgorithm.RSA, Instant.now()).signingKey("Signer"), CmsOptions.defaults());
        good = signer.sign(CONTENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 100, 500})
    void whenCmsIsTruncated_thenCoSignReportsMalformedInput(int cut) {
        byte[] truncated = Arrays.copyOf(good, good.length - cut);
        assertThatThrownBy(() -> signer.coSign(truncated)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenCmsHasTrailingGarbage_thenMalformedInput() {
        byte[] longer = Arrays.copyOf(good, good.length + 3);
        assertThatThrownBy(() -> signer.coSign(longer)).isInstanceOf(MalformedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not base64 at all!",
                "QUJD",
                "-----BEGIN CMS-----\nQUJD",
                "-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----"
            })
    void whenInputIsGarbage_thenMalformedInput(String text) {
        assertThatThrownBy(() -> signer.coSign(text.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenDerIsNotSignedData_thenMalformedInputNamingTheType() throws Exception {
        byte[] data = new org.bouncycastle.asn1.cms.ContentInfo(
                        org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data,
                        new org.bouncycastle.asn1.DEROctetString(CONTENT))
                .getEncoded();
        assertThatThrownBy(() -> signer.coSign(data))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("1.2.840.113549.1.7.1");
    }

    @Test
    void whenDetachedCmsIsCoSignedWithoutContent_thenContentIsRequired() throws Exception {
        byte[] detached = CmsSigner.create(
                        new TestCertificates(KeyAlgorithm.RSA, Instant.now()).signingKey("Detached"),
                        CmsOptions.defaults().withDetached(true))
                .sign(CONTENT);
        assertThatThrownBy(() -> signer.coSign(detached, (byte[]) null))
                .isInstanceOf(DetachedContentRequiredException.class);
    }

    @Test
    void whenGivenContentDiffersFromAttachedContent_thenMalformedInput() {
        assertThatThrownBy(() -> signer.coSign(good, "other".getBytes()))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("differs");
    }

    @Test
    void whenTheStreamFails_thenContentUnreadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> signer.sign(failing)).isInstanceOf(ContentUnreadableException.class);
    }

    @Test
    void whenNoTsaIsConfigured_thenAddTimestampSaysSo() {
        assertThatThrownBy(() -> signer.addTimestamp(good)).isInstanceOf(TimestampClientMissingException.class);
    }

    @Test
    void whenCoSigningPemAndBase64Forms_thenTheyAreReadLikeDer() throws Exception {
        assertThat(CmsChecks.verifySigners(signer.coSign(CmsEncoding.toPem(good).getBytes()), null))
                .containsExactly(true, true);
        assertThat(CmsChecks.verifySigners(
                        signer.coSign(CmsEncoding.toBase64(good).getBytes()), null))
                .containsExactly(true, true);
    }
}
