package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignerSummaryTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static DevPki pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:1/"),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new SecureRandom(),
                Set.of(KeyAlgorithm.RSA));
    }

    private static SignerSummary summary(Persona persona) throws Exception {
        return SignerSummary.of(
                CertificateInfo.of(pki.persona(persona, KeyAlgorithm.RSA).certificate()));
    }

    @Test
    void whenHeadOfLegalEntity_thenNameHasThePatronymicAndIinBinOrganisationAreTaken() throws Exception {
        SignerSummary head = summary(Persona.LEGAL_HEAD);
        assertThat(head.name()).isEqualTo("ЖАКСЫБЕКОВ ЕРЛАН СЕРИКОВИЧ");
        assertThat(head.iin()).isEqualTo("850715300459");
        assertThat(head.bin()).hasSize(12).containsOnlyDigits();
        assertThat(head.organization()).isNotBlank();
        assertThat(head.issuer()).doesNotContain("CN=").isNotBlank();
        assertThat(head.isValidAt(NOW)).isTrue();
    }

    @Test
    void whenIndividualOrExpired_thenNoBinAndValidityIsJudgedByTheDates() throws Exception {
        SignerSummary individual = summary(Persona.INDIVIDUAL_SIGN);
        assertThat(individual.bin()).isNull();
        assertThat(individual.organization()).isNull();
        SignerSummary expired = summary(Persona.EXPIRED);
        assertThat(expired.isValidAt(NOW)).isFalse();
        assertThat(expired.isValidAt(expired.notAfter())).isTrue();
    }
}
