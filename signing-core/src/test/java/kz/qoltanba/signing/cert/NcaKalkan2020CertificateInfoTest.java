package kz.qoltanba.signing.cert;

import static kz.qoltanba.signing.cert.KeyUsage.DIGITAL_SIGNATURE;
import static kz.qoltanba.signing.cert.KeyUsage.KEY_ENCIPHERMENT;
import static kz.qoltanba.signing.cert.KeyUsage.NON_REPUDIATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every certificate of {@code nca-test/kalkan-2020/} (RSA AUTH/SIGN and KZ GOST 34.310-2004 keys, old
 * policy scheme) against values transcribed by hand from openssl's output.
 */
class NcaKalkan2020CertificateInfoTest {
    private static final String PERSON = "GIVENNAME=ТЕСТОВИЧ,ST=НУР-СУЛТАН,L=НУР-СУЛТАН,C=KZ,"
            + "SERIALNUMBER=IIN123456789011,SURNAME=ТЕСТОВ,CN=ТЕСТОВ ТЕСТ";
    private static final String ORGANIZATION = "OU=BIN123456789021,GIVENNAME=ТЕСТОВИЧ,O=АО \\\"ТЕСТ\\\","
            + "ST=НУР-СУЛТАН,L=НУР-СУЛТАН,C=KZ,SERIALNUMBER=IIN123456789011,SURNAME=ТЕСТОВ,CN=ТЕСТОВ ТЕСТ";
    private static final String AUTH_EKU = "1.3.6.1.5.5.7.3.2";
    private static final String SIGN_EKU = "1.3.6.1.5.5.7.3.4";

    private static ExpectedInfo rsa() {
        return new ExpectedInfo()
                .algorithm(KeyAlgorithm.RSA, "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11")
                .issuer(
                        "CN=ҰКО 3.0 (RSA TEST),C=KZ",
                        "http://test.pki.gov.kz/crl/nca_rsa_test.crl",
                        "http://test.pki.gov.kz/crl/nca_d_rsa_test.crl",
                        "http://test.pki.gov.kz/ocsp/",
                        "http://test.pki.gov.kz/cert/nca_rsa_test.cer");
    }

    private static ExpectedInfo gost() {
        return new ExpectedInfo()
                .algorithm(KeyAlgorithm.GOST2004, "1.2.398.3.10.1.1.1.1", "1.2.398.3.10.1.1.1.2")
                .issuer(
                        "CN=ҰКО 3.0 (GOST TEST),C=KZ",
                        "http://test.pki.gov.kz/crl/nca_gost_test.crl",
                        "http://test.pki.gov.kz/crl/nca_d_gost_test.crl",
                        "http://test.pki.gov.kz/ocsp/",
                        "http://test.pki.gov.kz/cert/nca_gost_test.cer");
    }

    private static ExpectedInfo person(ExpectedInfo base, KeyPurpose purpose) {
        boolean auth = purpose == KeyPurpose.AUTH;
        return base.subject(PERSON, "ТЕСТОВ ТЕСТ", "ТЕСТОВ", "ТЕСТОВИЧ", null, "123456789011", null)
                .profile(
                        SubjectType.INDIVIDUAL,
                        purpose,
                        List.of(Role.INDIVIDUAL),
                        List.of(auth ? AUTH_EKU : SIGN_EKU, "1.2.398.3.3.4.1.1"))
                .policies(auth ? "1.2.398.3.3.2.4" : "1.2.398.3.3.2.3")
                .keyUsages(DIGITAL_SIGNATURE, auth ? KEY_ENCIPHERMENT : NON_REPUDIATION);
    }

    private static ExpectedInfo head(ExpectedInfo base, KeyPurpose purpose) {
        boolean auth = purpose == KeyPurpose.AUTH;
        return base.subject(
                        ORGANIZATION,
                        "ТЕСТОВ ТЕСТ",
                        "ТЕСТОВ",
                        "ТЕСТОВИЧ",
                        "АО \"ТЕСТ\"",
                        "123456789011",
                        "123456789021")
                .profile(
                        SubjectType.LEGAL_ENTITY,
                        purpose,
                        List.of(Role.LEGAL_ENTITY, Role.HEAD),
                        List.of(auth ? AUTH_EKU : SIGN_EKU, "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1"))
                .policies(auth ? "1.2.398.3.3.2.2" : "1.2.398.3.3.2.1")
                .keyUsages(DIGITAL_SIGNATURE, auth ? KEY_ENCIPHERMENT : NON_REPUDIATION);
    }

    static Stream<ExpectedInfo> certificates() {
        String rsaAuthority = "a68c16337cb8e83567063e5e415755a2af345068";
        String gostAuthority = "07bed21c60084456b02715e857374347bbd75450";
        return Stream.of(
                head(rsa(), KeyPurpose.AUTH)
                        .file("organization__active__AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.crt.pem")
                        .serial("35588a098dbab52c87a442605f6daac22c823c6f")
                        .validity("2020-01-28T06:23:34Z", "2021-01-27T06:23:34Z")
                        .keyIds(rsaAuthority, "d682726b55b3e62600ea8fe1c74e75fc96f47790"),
                head(gost(), KeyPurpose.SIGN)
                        .file("organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.crt.pem")
                        .serial("10dcd6f16215ed03aa57856ac168adeaa534f3bf")
                        .validity("2020-01-28T06:23:35Z", "2021-01-27T06:23:35Z")
                        .keyIds(gostAuthority, "13a3741b52d7bf860aab199b56fad1f4652e357b"),
                head(rsa(), KeyPurpose.AUTH)
                        .file("organization__revoked__AUTH_RSA256_7d6d313ac5bf7367a2a69f28607a8deb80dd3ba9.crt.pem")
                        .serial("47621db6103eed03029a1e00005f5c707a1c9432")
                        .validity("2020-01-28T06:24:36Z", "2021-01-27T06:24:36Z")
                        .keyIds(rsaAuthority, "7d6d313ac5bf7367a2a69f28607a8deb80dd3ba9"),
                head(gost(), KeyPurpose.SIGN)
                        .file("organization__revoked__GOSTKNCA_c372b7809440fcb681051bbc89ea2f089fd2fe16.crt.pem")
                        .serial("6724a08ccd56299de8c8896cd1f5d667af3807ee")
                        .validity("2020-01-28T06:24:37Z", "2021-01-27T06:24:37Z")
                        .keyIds(gostAuthority, "c372b7809440fcb681051bbc89ea2f089fd2fe16"),
                person(rsa(), KeyPurpose.AUTH)
                        .file("personal__active__AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.crt.pem")
                        .serial("391759e5658dca490117417838e6c72cd8a853e7")
                        .validity("2020-01-28T06:23:03Z", "2021-01-27T06:23:03Z")
                        .keyIds(rsaAuthority, "b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d"),
                person(rsa(), KeyPurpose.SIGN)
                        .file("personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.crt.pem")
                        .serial("1c1c4adb45086b3529e004c96302ae974d4f09a4")
                        .validity("2020-01-28T06:23:04Z", "2021-01-27T06:23:04Z")
                        .keyIds(rsaAuthority, "11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9"),
                person(rsa(), KeyPurpose.AUTH)
                        .file("personal__revoked__AUTH_RSA256_60d5a0346dd52fb5f3b9148e6cfbcd6cf323d119.crt.pem")
                        .serial("28e7785d5dc29a84f1939eb3d91fe9114dab491f")
                        .validity("2020-01-28T06:23:59Z", "2021-01-27T06:23:59Z")
                        .keyIds(rsaAuthority, "60d5a0346dd52fb5f3b9148e6cfbcd6cf323d119"),
                person(rsa(), KeyPurpose.SIGN)
                        .file("personal__revoked__RSA256_346a7e57c2995259140b6fc375b6ff3bba7e852f.crt.pem")
                        .serial("4bbad346a4703c9fd00a8f146ae0c62a0a8e2a14")
                        .validity("2020-01-28T06:24:00Z", "2021-01-27T06:24:00Z")
                        .keyIds(rsaAuthority, "346a7e57c2995259140b6fc375b6ff3bba7e852f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificates")
    void whenKalkanEraCertificateIsRead_thenEveryFieldMatchesOpensslsReading(ExpectedInfo expected) throws Exception {
        CertificateInfo actual =
                CertificateInfo.of(SharedFixtures.certificate(SharedFixtures.kalkan2020(expected.file)));

        assertThat(actual).usingRecursiveComparison().isEqualTo(expected.toInfo());
    }

    @Test
    void whenAllFixtureCertificatesAreCounted_thenTheTableCoversEveryCertificateFile() throws Exception {
        try (Stream<Path> files = Files.list(SharedFixtures.kalkan2020(""))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".crt.pem"))
                    .sorted()
                    .toList();
            assertThat(certificates().map(e -> e.file).sorted().toList()).isEqualTo(onDisk);
        }
    }

    @Test
    void whenKalkanEraCertificatesAreJudgedAtTheirFixtureInstant_thenTheyAreValidThenAndExpiredAtTheGostOne()
            throws Exception {
        for (ExpectedInfo expected : certificates().toList()) {
            CertificateInfo info =
                    CertificateInfo.of(SharedFixtures.certificate(SharedFixtures.kalkan2020(expected.file)));
            assertThat(info.isValidAt(SharedFixtures.KALKAN2020_INSTANT))
                    .as(expected.file)
                    .isTrue();
            assertThat(info.isValidAt(SharedFixtures.GOST2015_INSTANT))
                    .as(expected.file)
                    .isFalse();
        }
    }
}
