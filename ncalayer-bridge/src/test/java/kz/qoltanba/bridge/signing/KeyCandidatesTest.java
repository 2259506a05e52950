package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The candidates a storage offers stay right when requests repeat: time, filters and anchors still decide. */
class KeyCandidatesTest {
    private static DevPki pki;
    private static KeyEntry signer;
    private static KeyEntry authentication;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:9/"), Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        signer = pki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA).keyEntry();
        authentication = pki.persona(Persona.INDIVIDUAL_AUTH, KeyAlgorithm.RSA).keyEntry();
    }

    /** A clock tests set by hand. */
    private static final class SetClock extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static KeyFilter purpose(KeyPurpose purpose, List<X509Certificate> chain) {
        return new KeyFilter(List.of(), purpose, List.of(), null, null, null, chain);
    }

    private static List<String> aliases(List<KeyCandidates.Passing> passing) {
        return passing.stream().map(p -> p.candidate().alias()).toList();
    }

    @Test
    void whenTheSameRequestRepeats_thenTheSameCandidatesAreOfferedEachTime() {
        KeyCandidates candidates =
                new KeyCandidates(List.of(pki.root(KeyAlgorithm.RSA).certificate()), Clock.systemUTC());
        List<KeyEntry> storage = List.of(authentication, signer);

        for (int i = 0; i < 3; i++) {
            assertThat(aliases(candidates.passing(storage, purpose(KeyPurpose.SIGNATURE, null))))
                    .containsExactly(signer.alias());
            assertThat(aliases(candidates.passing(storage, purpose(KeyPurpose.ANY, null))))
                    .containsExactly(authentication.alias(), signer.alias());
        }
    }

    @Test
    void whenTheClockPassesTheCertificatesEnd_thenTheKeyIsNoLongerOffered() {
        SetClock clock = new SetClock();
        KeyCandidates candidates =
                new KeyCandidates(List.of(pki.root(KeyAlgorithm.RSA).certificate()), clock);
        Instant signerEnd = signer.certificate().getNotAfter().toInstant();

        assertThat(candidates.passing(List.of(signer), KeyFilter.any())).hasSize(1);
        clock.now = signerEnd.plus(Duration.ofDays(1));
        assertThat(candidates.passing(List.of(signer), KeyFilter.any())).isEmpty();
        clock.now = Instant.now();
        assertThat(candidates.passing(List.of(signer), KeyFilter.any())).hasSize(1);
    }

    @Test
    void whenARequestNamesOtherAnchors_thenTheAnswerForTheConfiguredAnchorsIsNotReused() {
        KeyCandidates candidates =
                new KeyCandidates(List.of(pki.root(KeyAlgorithm.RSA).certificate()), Clock.systemUTC());
        List<X509Certificate> untrusted =
                List.of(pki.untrustedRoot(KeyAlgorithm.RSA).certificate());

        assertThat(candidates.passing(List.of(signer), KeyFilter.any())).hasSize(1);
        assertThat(candidates.passing(List.of(signer), purpose(KeyPurpose.ANY, untrusted)))
                .isEmpty();
        assertThat(candidates.passing(List.of(signer), purpose(KeyPurpose.ANY, List.of())))
                .as("an empty chain asks for no chain check")
                .hasSize(1);
        assertThat(new KeyCandidates(List.of(untrusted.get(0)), Clock.systemUTC())
                        .passing(List.of(signer), KeyFilter.any()))
                .as("other configured anchors")
                .isEmpty();
    }
}
