package kz.qoltanba.signing.cms;

import static kz.qoltanba.signing.testutil.SharedFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.tsp.TestCertificates;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Co-signing CMS made by the official Kalkan library keeps Kalkan's signer verifying. */
class KalkanCoSignTest {
    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms, GOST2015_512",
        "organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms, RSA",
        "personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms, GOST2015_512",
        "personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms, RSA",
        "organization__active__AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.cms, GOST2004"
    })
    void whenKalkanCmsIsCoSigned_thenKalkanSignerAndOursBothVerify(String file, KeyAlgorithm ours) throws Exception {
        byte[] kalkan = Files.readAllBytes(kalkan2020("cms-xml/" + file));
        assertThat(CmsChecks.verifySigners(CmsEncoding.decode(kalkan), null))
                .as("Kalkan's own signer verifies before co-signing")
                .containsExactly(true);
        SignerInformation before = single(new CMSSignedData(CmsEncoding.decode(kalkan)));

        byte[] cosigned = CmsSigner.create(
                        new TestCertificates(ours, NOW).signingKey("Co-signer " + ours),
                        CmsOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)))
                .coSign(kalkan);

        CMSSignedData parsed = new CMSSignedData(cosigned);
        assertThat((byte[]) parsed.getSignedContent().getContent()).isEqualTo("asdasd".getBytes());
        assertThat(CmsChecks.verifySigners(cosigned, null)).containsExactly(true, true);
        SignerInformation kept = parsed.getSignerInfos().getSigners().iterator().next();
        assertThat(kept.toASN1Structure().getEncoded())
                .isEqualTo(before.toASN1Structure().getEncoded());
        assertThat(parsed.getDigestAlgorithmIDs())
                .hasSize(before.getDigestAlgOID().equals(ours.digestOid()) ? 1 : 2);
    }

    private static SignerInformation single(CMSSignedData signedData) {
        assertThat(signedData.getSignerInfos().size()).isEqualTo(1);
        return signedData.getSignerInfos().getSigners().iterator().next();
    }
}
