package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cert.SubjectType;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * Choosing keys of a store by the real NCA test certificates. The private keys are stand-ins: filtering
 * never touches them.
 */
class KeyFilterTest {
    private static final String HEAD_EKU = "1.2.398.3.3.4.1.2.1";
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";

    /** Alias = file name; store order = the order listed here (deliberately not alphabetical). */
    private static final List<String> GOST_FILES = List.of(
            "legal__valid__head.crt.pem",
            "individual__valid__individual_valid.crt.pem",
            "legal__valid__employee.crt.pem",
            "legal__valid__employee_signright.crt.pem",
            "legal__valid__infosystem.crt.pem",
            "legal__valid__treasury_client.crt.pem",
            "legal__revoked__head.crt.pem",
            "individual__revoked__individual_revoked.crt.pem");

    private static final List<String> KALKAN_FILES = List.of(
            "personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.crt.pem",
            "personal__active__AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.crt.pem",
            "organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.crt.pem",
            "organization__active__AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.crt.pem");

    private static final PrivateKey STAND_IN_KEY = new PrivateKey() {
        @Override
        public String getAlgorithm() {
            return "none";
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    };

    private static KeyEntry entry(String alias, X509Certificate certificate) {
        return new KeyEntry(alias, STAND_IN_KEY, certificate, List.of(certificate), null);
    }

    private static List<KeyEntry> store() {
        return Stream.concat(
                        GOST_FILES.stream().map(f -> entry(f, SharedFixtures.certificate(SharedFixtures.gost2015(f)))),
                        KALKAN_FILES.stream()
                                .map(f -> entry(f, SharedFixtures.certificate(SharedFixtures.kalkan2020(f)))))
                .toList();
    }

    private static List<String> aliases(KeyFilter filter) {
        return filter.apply(store()).stream().map(KeyEntry::alias).toList();
    }

    @Test
    void whenFilterIsEmpty_thenEveryEntryIsKeptInStoreOrder() {
        List<KeyEntry> store = store();

        assertThat(KeyFilter.any().apply(store)).containsExactlyElementsOf(store);
        assertThat(KeyFilter.builder().build()).isEqualTo(KeyFilter.any());
    }

    @Test
    void whenAliasIsGiven_thenOnlyThatEntryMatches() {
        assertThat(aliases(KeyFilter.builder()
                        .alias("legal__valid__employee.crt.pem")
                        .build()))
                .containsExactly("legal__valid__employee.crt.pem");
        assertThat(aliases(KeyFilter.builder().alias("no such alias").build())).isEmpty();
    }

    @Test
    void whenPurposeIsAuth_thenOnlyAuthenticationKeysMatch() {
        assertThat(aliases(KeyFilter.builder().keyPurpose(KeyPurpose.AUTH).build()))
                .containsExactly(KALKAN_FILES.get(1), KALKAN_FILES.get(3));
    }

    @Test
    void whenPurposeIsSign_thenSigningKeysMatchIncludingTheInformationSystemByItsKeyUsage() {
        assertThat(aliases(KeyFilter.builder().keyPurpose(KeyPurpose.SIGN).build()))
                .containsExactlyElementsOf(
                        Stream.concat(GOST_FILES.stream(), Stream.of(KALKAN_FILES.get(0), KALKAN_FILES.get(2)))
                                .toList());
    }

    @Test
    void whenPurposeIsBoth_thenNoFixtureMatchesBecauseNoneServesBoth() {
        assertThat(aliases(KeyFilter.builder().keyPurpose(KeyPurpose.BOTH).build()))
                .isEmpty();
    }

    @Test
    void whenEkuOidsAreRequired_thenEveryOneMustBePresent() throws Exception {
        assertThat(aliases(KeyFilter.builder()
                        .requireExtendedKeyUsages(EMAIL_PROTECTION, HEAD_EKU)
                        .build()))
                .containsExactly("legal__valid__head.crt.pem", "legal__revoked__head.crt.pem", KALKAN_FILES.get(2));
        assertThat(aliases(KeyFilter.builder()
                        .requireExtendedKeyUsages(HEAD_EKU, "1.2.398.3.3.4.1.2.5")
                        .build()))
                .isEmpty();
    }

    @Test
    void whenIinIsGivenWithOrWithoutPrefix_thenOnlyThatPersonsKeysMatch() throws Exception {
        List<String> expected = List.of(
                "legal__valid__employee.crt.pem",
                "legal__valid__employee_signright.crt.pem",
                "legal__valid__infosystem.crt.pem");

        assertThat(aliases(KeyFilter.builder().iin("123456789012").build())).containsExactlyElementsOf(expected);
        assertThat(aliases(KeyFilter.builder().iin("IIN123456789012").build())).containsExactlyElementsOf(expected);
    }

    @Test
    void whenBinIsGiven_thenOnlyTheOrganisationsKeysMatch() throws Exception {
        assertThat(aliases(KeyFilter.builder().bin("BIN123456789021").build()))
                .doesNotContain(
                        "individual__valid__individual_valid.crt.pem",
                        "individual__revoked__individual_revoked.crt.pem",
                        KALKAN_FILES.get(0),
                        KALKAN_FILES.get(1))
                .hasSize(8);
        assertThat(aliases(KeyFilter.builder().bin("123456789022").build())).isEmpty();
    }

    @Test
    void whenSerialIsGivenInAnyCaseWithLeadingZerosOrColons_thenThatCertificateMatches() throws Exception {
        for (String serial : List.of(
                "303eebdf17969f3edede9bd9828fb1355aabbe4e",
                "0x00303EEBDF17969F3EDEDE9BD9828FB1355AABBE4E",
                "30:3e:eb:df:17:96:9f:3e:de:de:9b:d9:82:8f:b1:35:5a:ab:be:4e")) {
            assertThat(aliases(KeyFilter.builder().serialNumber(serial).build()))
                    .as(serial)
                    .containsExactly("legal__valid__head.crt.pem");
        }
        assertThat(aliases(KeyFilter.builder()
                        .serialNumber(new BigInteger("303eebdf17969f3edede9bd9828fb1355aabbe4f", 16))
                        .build()))
                .isEmpty();
    }

    @Test
    void whenSubjectTypeIsGiven_thenTheCertificateDecidesNotTheFileName() {
        assertThat(aliases(KeyFilter.builder()
                        .subjectType(SubjectType.INFORMATION_SYSTEM)
                        .build()))
                .containsExactly("legal__valid__treasury_client.crt.pem");
        assertThat(aliases(
                        KeyFilter.builder().subjectType(SubjectType.INDIVIDUAL).build()))
                .containsExactly(
                        "individual__valid__individual_valid.crt.pem",
                        "individual__revoked__individual_revoked.crt.pem",
                        KALKAN_FILES.get(0),
                        KALKAN_FILES.get(1));
    }

    @Test
    void whenValidAtIsGiven_thenOnlyCertificatesValidThenMatch() {
        assertThat(aliases(KeyFilter.builder()
                        .validAt(SharedFixtures.GOST2015_INSTANT)
                        .build()))
                .containsExactlyElementsOf(GOST_FILES);
        assertThat(aliases(KeyFilter.builder()
                        .validAt(Instant.parse("2026-06-01T00:00:00Z"))
                        .build()))
                .hasSize(GOST_FILES.size() - 1)
                .doesNotContain("legal__valid__employee_signright.crt.pem");
        assertThat(aliases(KeyFilter.builder()
                        .validAt(SharedFixtures.KALKAN2020_INSTANT)
                        .build()))
                .containsExactlyElementsOf(KALKAN_FILES);
    }

    @Test
    void whenCriteriaAreCombined_thenAllMustHold() throws Exception {
        KeyFilter filter = KeyFilter.builder()
                .keyPurpose(KeyPurpose.SIGN)
                .subjectType(SubjectType.LEGAL_ENTITY)
                .requireExtendedKeyUsages(HEAD_EKU)
                .iin("123456789011")
                .validAt(SharedFixtures.GOST2015_INSTANT)
                .build();

        assertThat(aliases(filter)).containsExactly("legal__valid__head.crt.pem", "legal__revoked__head.crt.pem");
        assertThat(filter.matches(store().get(0))).isTrue();
        assertThat(filter.matches(store().get(1))).isFalse();
    }

    @Test
    void whenTheCertificateWasAlreadyRead_thenMatchingWithItsInfoAgreesWithReadingItAgain() throws Exception {
        List<KeyFilter> filters = List.of(
                KeyFilter.any(),
                KeyFilter.builder().alias("legal__valid__employee.crt.pem").build(),
                KeyFilter.builder().keyPurpose(KeyPurpose.AUTH).build(),
                KeyFilter.builder().requireExtendedKeyUsages(HEAD_EKU).build(),
                KeyFilter.builder().iin("123456789011").build(),
                KeyFilter.builder().validAt(SharedFixtures.GOST2015_INSTANT).build());
        for (KeyFilter filter : filters) {
            for (KeyEntry entry : store()) {
                assertThat(filter.matches(entry, CertificateInfo.of(entry.certificate())))
                        .as("%s on %s", filter, entry.alias())
                        .isEqualTo(filter.matches(entry));
            }
        }
    }

    @Test
    void whenUserTextCannotMeanTheCriterion_thenMalformedInputNamingIt() {
        assertThatThrownBy(() -> KeyFilter.builder().iin("12345678901"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("iin");
        assertThatThrownBy(() -> KeyFilter.builder().bin("BIN1234567890212"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("bin");
        assertThatThrownBy(() -> KeyFilter.builder().serialNumber("xyz"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("serial");
        assertThatThrownBy(() -> KeyFilter.builder().requireExtendedKeyUsages("clientAuth"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("extended key usage");
    }

    @Test
    void whenCertificateCannotBeRead_thenItMatchesNoCertificateCriterionButStillItsAlias() throws Exception {
        KeyEntry broken = entry("broken", certificateWithGarbagePolicies());

        assertThat(KeyFilter.builder().alias("broken").build().matches(broken)).isTrue();
        assertThat(KeyFilter.builder().keyPurpose(KeyPurpose.SIGN).build().matches(broken))
                .isFalse();
    }

    /** A certificate the JDK accepts but whose certificate policies extension is not a policy list. */
    private static X509Certificate certificateWithGarbagePolicies() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Broken");
        byte[] der = new X509v3CertificateBuilder(
                        name,
                        BigInteger.TEN,
                        Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                        Date.from(Instant.parse("2027-01-01T00:00:00Z")),
                        name,
                        SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()))
                .addExtension(
                        new Extension(Extension.certificatePolicies, false, new byte[] {0x30, 0x03, 0x02, 0x01, 5}))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))
                .getEncoded();
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
