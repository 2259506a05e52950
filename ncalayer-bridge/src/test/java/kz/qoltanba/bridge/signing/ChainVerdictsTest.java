package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChainVerdictsTest {
    private static DevPki pki;
    private static KeyEntry signer;
    private static X509Certificate root;
    private static X509Certificate intermediate;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:9/"), Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        signer = pki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA).keyEntry();
        root = pki.root(KeyAlgorithm.RSA).certificate();
        intermediate = pki.intermediate(KeyAlgorithm.RSA).certificate();
    }

    private static List<X509Certificate> pool() {
        return List.of(signer.certificate(), intermediate);
    }

    @Test
    void whenTheSameQuestionIsAskedAgain_thenTheSameAnswerIsGivenAndKeptOnce() {
        ChainVerdicts verdicts = new ChainVerdicts();
        Instant now = Instant.now();

        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now))
                .isTrue();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now.plusSeconds(60)))
                .isTrue();
        assertThat(verdicts.size()).isEqualTo(1);
    }

    @Test
    void whenAChainCertificateExpiresOrIsNotYetValid_thenTheAnswerFollowsTheTime() {
        ChainVerdicts verdicts = new ChainVerdicts();
        Instant now = Instant.now();
        Instant afterIntermediate = intermediate.getNotAfter().toInstant().plus(Duration.ofDays(1));
        Instant beforeIntermediate = intermediate.getNotBefore().toInstant().minus(Duration.ofDays(1));

        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now))
                .isTrue();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), afterIntermediate))
                .isFalse();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), beforeIntermediate))
                .isFalse();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now))
                .isTrue();
        assertThat(verdicts.chainsTo(
                        signer.certificate(),
                        pool(),
                        List.of(root),
                        intermediate.getNotAfter().toInstant()))
                .as("the last instant of the intermediate's validity")
                .isTrue();
    }

    @Test
    void whenTheAnchorsDiffer_thenEachGetsItsOwnAnswer() {
        ChainVerdicts verdicts = new ChainVerdicts();
        Instant now = Instant.now();
        X509Certificate untrusted = pki.untrustedRoot(KeyAlgorithm.RSA).certificate();

        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now))
                .isTrue();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(untrusted), now))
                .isFalse();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(), now))
                .isFalse();
        assertThat(verdicts.chainsTo(signer.certificate(), pool(), List.of(root), now))
                .isTrue();
    }

    @Test
    void whenManyDifferentQuestionsAreAsked_thenTheMemoryStaysBounded() {
        ChainVerdicts verdicts = new ChainVerdicts();
        Instant now = Instant.now();

        for (int copies = 1; copies <= ChainVerdicts.LIMIT + 10; copies++) {
            List<X509Certificate> pool = Collections.nCopies(copies, intermediate);
            assertThat(verdicts.chainsTo(signer.certificate(), pool, List.of(root), now))
                    .isTrue();
        }
        assertThat(verdicts.size()).isLessThanOrEqualTo(ChainVerdicts.LIMIT);
    }
}
