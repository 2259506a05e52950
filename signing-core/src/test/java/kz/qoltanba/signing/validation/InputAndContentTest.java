package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.validation.ValidationPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Detached content, precomputed digests and hostile input. */
@Timeout(30)
class InputAndContentTest {
    private static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    private static final byte[] CONTENT = "detached document".getBytes(StandardCharsets.UTF_8);

    private static ValidationPki pki;
    private static byte[] detached;
    private static byte[] attached;

    private final CmsVerifier verifier =
            CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO);

    @BeforeAll
    static void createPki() throws Exception {
        pki = new ValidationPki();
        X509Certificate leaf = pki.issueByRoot("CN=Signer,C=KZ", pki.leafKey, ValidationPki.signing());
        detached = ValidationPki.sign(CONTENT, pki.leafKey, leaf, NOW, false).getEncoded();
        attached = ValidationPki.sign(CONTENT, pki.leafKey, leaf, NOW, true).getEncoded();
    }

    private static VerificationOptions options() {
        return VerificationOptions.builder()
                .trustAnchor(pki.root)
                .revocationPolicy(RevocationPolicy.OFF)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @Test
    void whenDetachedContentIsGiven_thenPassed() throws Exception {
        ValidationReport report = verifier.verify(detached, Optional.of(new ByteArrayInputStream(CONTENT)), options());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenDetachedContentIsWrong_thenHashFailure() throws Exception {
        byte[] other = "detached documenT".getBytes(StandardCharsets.UTF_8);

        ValidationReport report = verifier.verify(detached, Optional.of(new ByteArrayInputStream(other)), options());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void whenDetachedContentIsMissing_thenSignedDataNotFound() throws Exception {
        ValidationReport report = verifier.verify(detached, Optional.empty(), options());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
        assertThat(report.signers().get(0).check(CheckName.MESSAGE_DIGEST).outcome())
                .isEqualTo(Outcome.NOT_CHECKED);
    }

    @Test
    void whenLargeDetachedContentIsStreamed_thenItIsReadWithoutBuffering() throws Exception {
        long size = 256L * 1024 * 1024;

        ValidationReport report = verifier.verify(detached, Optional.of(zeros(size)), options());

        // another content, so HASH_FAILURE: the point is that 256 MiB pass through in a 64 KiB buffer
        assertThat(report.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    @Test
    void whenTheRightDigestIsGiven_thenPassed() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(CONTENT);

        ValidationReport report = verifier.verifyDigest(detached, digest, SHA256, options());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenAnotherDigestIsGiven_thenHashFailure() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("other".getBytes(StandardCharsets.UTF_8));

        ValidationReport report = verifier.verifyDigest(detached, digest, SHA256, options());

        assertThat(report.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void whenTheDigestHasTheWrongLength_thenMalformedInput() {
        assertThatThrownBy(() -> verifier.verifyDigest(detached, new byte[20], SHA256, options()))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("32 bytes, not 20");
    }

    @Test
    void whenTheDigestIsInAnotherAlgorithm_thenSignedDataNotFound() throws Exception {
        byte[] sha512 = MessageDigest.getInstance("SHA-512").digest(CONTENT);

        ValidationReport report = verifier.verifyDigest(detached, sha512, "2.16.840.1.101.3.4.2.3", options());

        assertThat(report.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
    }

    @Test
    void whenDerIsTruncated_thenMalformedInput() {
        byte[] truncated = Arrays.copyOf(attached, attached.length / 2);

        assertThatThrownBy(() -> verifier.verify(truncated, Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenBase64IsGarbage_thenMalformedInput() {
        byte[] garbage = "this is %%% not base64 at all".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> verifier.verify(garbage, Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenValidBase64DecodesToNonsense_thenMalformedInput() {
        byte[] nonsense = "aGVsbG8gd29ybGQ=".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> verifier.verify(nonsense, Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenALengthClaimsGigabytes_thenMalformedInputWithoutAllocatingThem() {
        byte[] hostile = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x06, 0x09};

        assertThatThrownBy(() -> verifier.verify(hostile, Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenInputIsEmptyOrAPemOfAnotherKind_thenMalformedInput() {
        byte[] certificatePem =
                "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> verifier.verify(new byte[0], Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> verifier.verify(certificatePem, Optional.empty(), options()))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("PEM");
    }
}
