package kz.qoltanba.signing.devpki;

import static kz.qoltanba.signing.devpki.Certs.extension;
import static kz.qoltanba.signing.devpki.Certs.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DevPkiGenerationTest {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final URI BASE = URI.create("http://127.0.0.1:8099/");
    private static DevPki pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(BASE, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of(
                        Persona.INDIVIDUAL_SIGN,
                        List.of(
                                "2.5.4.3=САТПАЕВА АЙГЕРИМ",
                                "2.5.4.4=САТПАЕВА",
                                "2.5.4.5=IIN900101400122",
                                "2.5.4.6=KZ",
                                "2.5.4.42=НУРЛАНОВНА")),
                Arguments.of(
                        Persona.LEGAL_HEAD,
                        List.of(
                                "2.5.4.3=ЖАКСЫБЕКОВ ЕРЛАН",
                                "2.5.4.4=ЖАКСЫБЕКОВ",
                                "2.5.4.5=IIN850715300459",
                                "2.5.4.6=KZ",
                                "2.5.4.10=ТОО \\\"ДЕВ ТЕСТ\\\"",
                                "2.5.4.11=BIN210540001207",
                                "2.5.4.42=СЕРИКОВИЧ")),
                Arguments.of(
                        Persona.INFORMATION_SYSTEM,
                        List.of(
                                "2.5.4.3=ИС \\\"ДЕВ ТЕСТ\\\"",
                                "2.5.4.6=KZ",
                                "2.5.4.10=ТОО \\\"ДЕВ ТЕСТ\\\"",
                                "2.5.4.11=BIN210540001207")));
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void whenPersonaIsIssued_thenSubjectHasNcaShape(Persona persona, List<String> expected) throws Exception {
        for (KeyAlgorithm algorithm : DevPki.SUPPORTED_ALGORITHMS) {
            assertThat(subject(pki.persona(persona, algorithm).certificate())).containsExactlyElementsOf(expected);
        }
    }

    static Stream<Arguments> purposes() {
        String email = "1.3.6.1.5.5.7.3.4";
        String client = "1.3.6.1.5.5.7.3.2";
        return Stream.of(
                Arguments.of(Persona.INDIVIDUAL_AUTH, List.of(client, "1.2.398.3.3.4.1.1")),
                Arguments.of(Persona.INDIVIDUAL_SIGN, List.of(email, "1.2.398.3.3.4.1.1")),
                Arguments.of(Persona.LEGAL_HEAD, List.of(email, "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1")),
                Arguments.of(Persona.LEGAL_EMPLOYEE, List.of(email, "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.5")),
                Arguments.of(Persona.LEGAL_SIGNING_RIGHT, List.of(email, "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.2")),
                Arguments.of(Persona.INFORMATION_SYSTEM, List.of("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.6")),
                Arguments.of(Persona.WRONG_PURPOSE, List.of(client, "1.2.398.3.3.4.1.1")),
                Arguments.of(Persona.TSA, List.of("1.3.6.1.5.5.7.3.8")),
                Arguments.of(Persona.OCSP_RESPONDER, List.of("1.3.6.1.5.5.7.3.9")));
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void whenPersonaIsIssued_thenExtendedKeyUsageCarriesPurposeAndRoles(Persona persona, List<String> expected)
            throws Exception {
        X509Certificate certificate =
                pki.persona(persona, KeyAlgorithm.GOST2015_512).certificate();
        assertThat(certificate.getExtendedKeyUsage()).containsExactlyElementsOf(expected);
    }

    @Test
    void whenTsaIsIssued_thenTimeStampingIsItsOnlyCriticalPurpose() throws Exception {
        Extension eku = extension(pki.persona(Persona.TSA, KeyAlgorithm.RSA).certificate(), Extension.extendedKeyUsage);
        assertThat(eku.isCritical()).isTrue();
        assertThat(ExtendedKeyUsage.getInstance(eku.getParsedValue()).getUsages())
                .containsExactly(KeyPurposeId.id_kp_timeStamping);
    }

    @Test
    void whenSigningAndAuthKeysAreIssued_thenKeyUsageFollowsNca() {
        // digitalSignature(0), nonRepudiation(1), keyEncipherment(2), keyAgreement(4)
        boolean[] sign = pki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.GOST2015_512)
                .certificate()
                .getKeyUsage();
        assertThat(new boolean[] {sign[0], sign[1], sign[2], sign[4]}).containsExactly(true, true, false, true);
        boolean[] auth = pki.persona(Persona.INDIVIDUAL_AUTH, KeyAlgorithm.RSA)
                .certificate()
                .getKeyUsage();
        assertThat(new boolean[] {auth[0], auth[1], auth[2]}).containsExactly(true, false, true);
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void whenPersonaIsIssued_thenValidityIsRelativeToTheClock(Persona persona) {
        X509Certificate certificate = pki.persona(persona, KeyAlgorithm.RSA).certificate();
        Instant from = certificate.getNotBefore().toInstant();
        Instant to = certificate.getNotAfter().toInstant();
        switch (persona) {
            case EXPIRED -> assertThat(to).isBefore(NOW);
            case NOT_YET_VALID -> assertThat(from).isAfter(NOW);
            default -> {
                assertThat(from).isBefore(NOW);
                assertThat(to).isAfter(NOW.plus(Duration.ofDays(300)));
            }
        }
        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(365));
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void whenChainIsFollowed_thenEachCertificateIsSignedByTheNext(Persona persona) throws Exception {
        for (KeyAlgorithm algorithm : DevPki.SUPPORTED_ALGORITHMS) {
            List<X509Certificate> chain =
                    pki.persona(persona, algorithm).keyEntry().chain();
            for (int i = 0; i < chain.size(); i++) {
                X509Certificate issuer = chain.get(Math.min(i + 1, chain.size() - 1));
                assertThat(Signatures.isCertificateSignedBy(chain.get(i), Signatures.publicKey(issuer)))
                        .as("%s %s link %d", algorithm, persona, i)
                        .isTrue();
            }
            X509Certificate anchor = chain.get(chain.size() - 1);
            X509Certificate expectedAnchor = persona == Persona.UNTRUSTED
                    ? pki.untrustedRoot(algorithm).certificate()
                    : pki.root(algorithm).certificate();
            assertThat(anchor).isEqualTo(expectedAnchor);
        }
    }

    @Test
    void whenUntrustedPersonaIsChecked_thenTrustedIntermediateDidNotSignIt() throws Exception {
        X509Certificate untrusted =
                pki.persona(Persona.UNTRUSTED, KeyAlgorithm.GOST2015_512).certificate();
        assertThat(Signatures.isCertificateSignedBy(
                        untrusted,
                        Signatures.publicKey(
                                pki.intermediate(KeyAlgorithm.GOST2015_512).certificate())))
                .isFalse();
    }

    @Test
    void whenGostHierarchyIsGenerated_thenCertificatesUseKazakhOids() throws Exception {
        X509Certificate certificate =
                pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.GOST2015_512).certificate();
        assertThat(certificate.getSigAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(Certs.holder(certificate)
                        .getSubjectPublicKeyInfo()
                        .getAlgorithm()
                        .getAlgorithm()
                        .getId())
                .isEqualTo("1.2.398.3.10.1.1.2.2");
        assertThat(Signatures.algorithmOf(certificate)).isEqualTo(KeyAlgorithm.GOST2015_512);
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"RSA", "GOST2015_512"})
    void whenPersonaKeySigns_thenItsCertificateKeyVerifies(KeyAlgorithm algorithm) throws Exception {
        PersonaKey key = pki.persona(Persona.INDIVIDUAL_SIGN, algorithm);
        byte[] data = "Qoltanba".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature signer = Signatures.forSigning(key.privateKey(), null);
        signer.update(data);
        byte[] value = signer.sign();
        assertThat(Signatures.verify(
                        Signatures.publicKey(key.certificate()), algorithm.signatureOid(), null, data, value))
                .isTrue();
    }

    @Test
    void whenLeafIsIssued_thenDistributionPointsAndAiaPointAtTheServers() throws Exception {
        X509Certificate certificate =
                pki.persona(Persona.LEGAL_EMPLOYEE, KeyAlgorithm.GOST2015_512).certificate();
        CRLDistPoint crl = CRLDistPoint.getInstance(
                extension(certificate, Extension.cRLDistributionPoints).getParsedValue());
        assertThat(crl.getDistributionPoints()[0].getDistributionPoint().toString())
                .contains("http://127.0.0.1:8099/crl/gost.crl");
        CRLDistPoint delta = CRLDistPoint.getInstance(
                extension(certificate, Extension.freshestCRL).getParsedValue());
        assertThat(delta.getDistributionPoints()[0].getDistributionPoint().toString())
                .contains("http://127.0.0.1:8099/crl/gost-delta.crl");
        AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                extension(certificate, Extension.authorityInfoAccess).getParsedValue());
        assertThat(Stream.of(aia.getAccessDescriptions())
                        .map(d -> d.getAccessMethod().getId() + " "
                                + d.getAccessLocation().getName())
                        .toList())
                .containsExactlyInAnyOrder(
                        "1.3.6.1.5.5.7.48.2 http://127.0.0.1:8099/cert/gost.cer",
                        "1.3.6.1.5.5.7.48.1 http://127.0.0.1:8099/ocsp/gost");
        assertThat(certificate.getExtensionValue("2.5.29.32")).isNotNull();
        assertThat(certificate.getExtensionValue("2.5.29.14")).isNotNull();
        assertThat(certificate.getExtensionValue("2.5.29.35")).isNotNull();
    }

    @Test
    void whenIntermediateIsIssued_thenItIsACaUnderTheRoot() {
        X509Certificate intermediate = pki.intermediate(KeyAlgorithm.RSA).certificate();
        assertThat(intermediate.getBasicConstraints()).isZero();
        assertThat(intermediate.getIssuerX500Principal())
                .isEqualTo(pki.root(KeyAlgorithm.RSA).certificate().getSubjectX500Principal());
        assertThat(pki.root(KeyAlgorithm.RSA).certificate().getBasicConstraints())
                .isEqualTo(Integer.MAX_VALUE);
    }
}
