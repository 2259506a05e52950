package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DevPkiRevocationTest {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final KeyAlgorithm GOST = KeyAlgorithm.GOST2015_512;

    private TestClock clock;
    private DevPki pki;

    @BeforeEach
    void generate() throws Exception {
        clock = new TestClock(NOW);
        pki = DevPki.generate(URI.create("http://127.0.0.1:8099/"), clock, new SecureRandom(), Set.of(GOST));
    }

    @Test
    void whenCrlIsIssued_thenItListsTheRevokedPersonaAndVerifiesUnderTheIntermediate() throws Exception {
        X509CRL crl = pki.crl(GOST);
        BigInteger revoked = serial(Persona.REVOKED);
        assertThat(crl.getRevokedCertificates())
                .extracting(X509CRLEntry::getSerialNumber)
                .containsExactly(revoked);
        assertThat(crl.getRevokedCertificate(revoked).getRevocationDate().toInstant())
                .isBefore(NOW);
        assertThat(crl.getThisUpdate().toInstant()).isEqualTo(NOW);
        assertThat(crl.getNextUpdate().toInstant()).isAfter(NOW);
        assertThat(crl.getIssuerX500Principal())
                .isEqualTo(pki.intermediate(GOST).certificate().getSubjectX500Principal());
        assertThat(Signatures.verify(
                        Signatures.publicKey(pki.intermediate(GOST).certificate()),
                        crl.getSigAlgOID(),
                        null,
                        crl.getTBSCertList(),
                        crl.getSignature()))
                .isTrue();
    }

    @Test
    void whenRevocationLiesInTheFuture_thenItTakesEffectOnlyWhenTheClockReachesIt() throws Exception {
        Instant later = NOW.plus(Duration.ofHours(2));
        pki.revoke(Persona.LEGAL_EMPLOYEE, GOST, later);
        var employee = pki.persona(Persona.LEGAL_EMPLOYEE, GOST).certificate();

        assertThat(pki.crl(GOST).getRevokedCertificate(employee.getSerialNumber()))
                .isNull();
        assertThat(pki.status(employee)).isEqualTo(CertificateStatus.GOOD);

        clock.advance(Duration.ofHours(3));
        assertThat(pki.crl(GOST).getRevokedCertificate(employee.getSerialNumber()))
                .isNotNull();
        assertThat(pki.status(employee)).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void whenRevokedToday_thenDeltaCrlListsOnlyTodaysRevocations() throws Exception {
        pki.revoke(Persona.LEGAL_HEAD, GOST, NOW.minus(Duration.ofHours(1)));
        X509CRL delta = pki.deltaCrl(GOST);

        assertThat(delta.getRevokedCertificates())
                .extracting(X509CRLEntry::getSerialNumber)
                .containsExactly(serial(Persona.LEGAL_HEAD));
        assertThat(delta.getCriticalExtensionOIDs()).contains("2.5.29.27");
        BigInteger base = number(delta, "2.5.29.27");
        assertThat(base)
                .isEqualTo(
                        BigInteger.valueOf(Instant.parse("2026-03-15T00:00:00Z").getEpochSecond()));
        assertThat(number(delta, "2.5.29.20")).isGreaterThan(base);
        assertThat(pki.crl(GOST).getRevokedCertificates()).hasSize(2);
    }

    @Test
    void whenCrlsAreIssuedLater_thenTheirNumbersGrow() throws Exception {
        BigInteger first = number(pki.crl(GOST), "2.5.29.20");
        clock.advance(Duration.ofMinutes(5));
        assertThat(number(pki.crl(GOST), "2.5.29.20")).isGreaterThan(first);
    }

    @Test
    void whenCertificateComesFromElsewhere_thenStatusIsUnknown() throws Exception {
        DevPki other = DevPki.generate(URI.create("http://127.0.0.1:1/"), clock, new SecureRandom(), Set.of(GOST));
        assertThat(pki.status(other.persona(Persona.INDIVIDUAL_SIGN, GOST).certificate()))
                .isEqualTo(CertificateStatus.UNKNOWN);
        assertThat(pki.status(pki.persona(Persona.REVOKED, GOST).certificate())).isEqualTo(CertificateStatus.REVOKED);
    }

    private BigInteger serial(Persona persona) {
        return pki.persona(persona, GOST).certificate().getSerialNumber();
    }

    private static BigInteger number(X509CRL crl, String oid) {
        byte[] value = ASN1OctetString.getInstance(crl.getExtensionValue(oid)).getOctets();
        return ASN1Integer.getInstance(value).getValue();
    }
}
