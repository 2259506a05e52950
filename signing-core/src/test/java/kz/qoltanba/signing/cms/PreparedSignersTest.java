package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TestCertificates;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreparedSignersTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:15:30.250Z");
    private static final CmsOptions OPTIONS = CmsOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final byte[] CONTENT = "Қолтаңба: prepared once".getBytes(StandardCharsets.UTF_8);

    @Test
    void whenSignersSharePreparedParts_thenTheirRsaSignaturesAreByteForByteTheSameAsWithout() throws Exception {
        KeyEntry key = new TestCertificates(KeyAlgorithm.RSA, NOW).signingKey("Signer RSA");
        PreparedSigners prepared = new PreparedSigners();

        byte[] plain = CmsSigner.create(key, OPTIONS).sign(CONTENT);
        byte[] first = CmsSigner.create(key, OPTIONS, prepared).sign(CONTENT);
        byte[] second = CmsSigner.create(key, OPTIONS, prepared).sign(CONTENT);

        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
        assertThat(prepared.size()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void whenSignersSharePreparedParts_thenEverySignatureVerifies(KeyAlgorithm algorithm) throws Exception {
        KeyEntry key = new TestCertificates(algorithm, NOW).signingKey("Signer " + algorithm);
        PreparedSigners prepared = new PreparedSigners();

        for (int i = 0; i < 3; i++) {
            byte[] cms = CmsSigner.create(key, OPTIONS, prepared).sign(CONTENT);
            assertThat(CmsChecks.verifySigners(cms, null)).containsExactly(true);
        }
        assertThat(prepared.size()).isEqualTo(1);
    }

    @Test
    void whenTheChainOptionOrTheKeyDiffers_thenEachGetsItsOwnParts() throws Exception {
        TestCertificates certificates = new TestCertificates(KeyAlgorithm.RSA, NOW);
        KeyEntry one = certificates.signingKey("Signer one");
        KeyEntry other = certificates.signingKey("Signer other");
        PreparedSigners prepared = new PreparedSigners();

        byte[] withChain = CmsSigner.create(one, OPTIONS, prepared).sign(CONTENT);
        byte[] alone =
                CmsSigner.create(one, OPTIONS.withIncludeChain(false), prepared).sign(CONTENT);
        byte[] otherKey = CmsSigner.create(other, OPTIONS, prepared).sign(CONTENT);

        assertThat(new CMSSignedData(withChain).getCertificates().getMatches(null))
                .hasSize(2);
        assertThat(new CMSSignedData(alone).getCertificates().getMatches(null)).hasSize(1);
        assertThat(CmsChecks.verifySigners(otherKey, null)).containsExactly(true);
        assertThat(otherKey).isEqualTo(CmsSigner.create(other, OPTIONS).sign(CONTENT));
        assertThat(prepared.size()).isEqualTo(3);
    }
}
