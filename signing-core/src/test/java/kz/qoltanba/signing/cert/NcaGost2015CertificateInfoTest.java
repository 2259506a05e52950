package kz.qoltanba.signing.cert;

import static kz.qoltanba.signing.cert.KeyUsage.CRL_SIGN;
import static kz.qoltanba.signing.cert.KeyUsage.DIGITAL_SIGNATURE;
import static kz.qoltanba.signing.cert.KeyUsage.KEY_AGREEMENT;
import static kz.qoltanba.signing.cert.KeyUsage.KEY_CERT_SIGN;
import static kz.qoltanba.signing.cert.KeyUsage.NON_REPUDIATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every certificate of {@code nca-test/gost2015-2022/} against values transcribed by hand from openssl's
 * output. In the source repository the {@code infosystem} and {@code treasury_client} files are swapped:
 * the expectations follow the certificates, not the file names.
 */
class NcaGost2015CertificateInfoTest {
    private static final String NCA = "C=KZ,CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022";
    private static final String ROOT = "C=KZ,CN=НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022";
    private static final String NCA_KEY_ID = "fad24b1ba3a0c961fe1ca8503e6aa2bb450db8a3";
    private static final String ROOT_KEY_ID = "a7d3ab7790372e5b698170dde60ccca38bc3a4b2";
    private static final String SIGN_EKU = "1.3.6.1.5.5.7.3.4";
    private static final String INDIVIDUAL_EKU = "1.2.398.3.3.4.1.1";
    private static final String LEGAL_EKU = "1.2.398.3.3.4.1.2";

    private static final String TESTOV =
            "GIVENNAME=ТЕСТОВИЧ,C=KZ,SERIALNUMBER=IIN123456789011,SURNAME=ТЕСТОВ,CN=ТЕСТОВ ТЕСТ";
    private static final String TESTOV_HEAD = "GIVENNAME=ТЕСТОВИЧ,OU=BIN123456789021,O=АО \\\"ТЕСТ\\\",C=KZ,"
            + "SERIALNUMBER=IIN123456789011,SURNAME=ТЕСТОВ,CN=ТЕСТОВ ТЕСТ";
    private static final String TESTTOV = "GIVENNAME=ТЕСТТОВИЧ,OU=BIN123456789021,O=АО \\\"ТЕСТ\\\",C=KZ,"
            + "SERIALNUMBER=IIN123456789012,SURNAME=ТЕСТТОВ,CN=ТЕСТТОВ ТЕСТТ";
    private static final String TESTTOV_TREASURY = "GIVENNAME=ТЕСТТОВИЧ,BUSINESSCATEGORY=KS1234,OU=BIN123456789021,"
            + "O=АО \\\"ТЕСТ\\\",C=KZ,SERIALNUMBER=IIN123456789012,SURNAME=ТЕСТТОВ,CN=ТЕСТТОВ ТЕСТТ,DC=ROLE02";
    private static final String INFO_SYSTEM =
            "OU=BIN123456789021,O=АО \\\"ТЕСТ\\\",C=KZ,CN=ИС \\\"Тест\\\",UID=1.2.398.6.10.1.1";

    private static ExpectedInfo leaf() {
        return new ExpectedInfo()
                .algorithm(KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.3.2")
                .issuer(
                        NCA,
                        "http://test.pki.gov.kz/crl/nca_gost2022_test.crl",
                        "http://test.pki.gov.kz/crl/nca_gost2022_d_test.crl",
                        "http://test.pki.gov.kz/ocsp/",
                        "http://test.pki.gov.kz/cert/nca_gost2022_test.cer")
                .policies("1.2.398.3.3.2")
                .keyUsages(DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_AGREEMENT);
    }

    private static ExpectedInfo individual(String file, String serial, String from, String to, String ski) {
        return leaf().file(file)
                .serial(serial)
                .validity(from, to)
                .keyIds(NCA_KEY_ID, ski)
                .subject(TESTOV, "ТЕСТОВ ТЕСТ", "ТЕСТОВ", "ТЕСТОВИЧ", null, "123456789011", null)
                .profile(
                        SubjectType.INDIVIDUAL,
                        KeyPurpose.SIGN,
                        List.of(Role.INDIVIDUAL),
                        List.of(SIGN_EKU, INDIVIDUAL_EKU));
    }

    private static ExpectedInfo head(String file, String serial, String from, String to, String ski) {
        return leaf().file(file)
                .serial(serial)
                .validity(from, to)
                .keyIds(NCA_KEY_ID, ski)
                .subject(
                        TESTOV_HEAD, "ТЕСТОВ ТЕСТ", "ТЕСТОВ", "ТЕСТОВИЧ", "АО \"ТЕСТ\"", "123456789011", "123456789021")
                .profile(
                        SubjectType.LEGAL_ENTITY,
                        KeyPurpose.SIGN,
                        List.of(Role.LEGAL_ENTITY, Role.HEAD),
                        List.of(SIGN_EKU, LEGAL_EKU, "1.2.398.3.3.4.1.2.1"));
    }

    private static ExpectedInfo employee(
            String file, String serial, String from, String to, String ski, Role role, String roleOid) {
        return leaf().file(file)
                .serial(serial)
                .validity(from, to)
                .keyIds(NCA_KEY_ID, ski)
                .subject(
                        TESTTOV, "ТЕСТТОВ ТЕСТТ", "ТЕСТТОВ", "ТЕСТТОВИЧ", "АО \"ТЕСТ\"", "123456789012", "123456789021")
                .profile(
                        SubjectType.LEGAL_ENTITY,
                        KeyPurpose.SIGN,
                        List.of(Role.LEGAL_ENTITY, role),
                        List.of(SIGN_EKU, LEGAL_EKU, roleOid));
    }

    /** Files named {@code *infosystem*}: a treasury client's certificate. */
    private static ExpectedInfo treasuryClient(String file, String serial, String from, String to, String ski) {
        ExpectedInfo expected = employee(file, serial, from, to, ski, Role.TREASURY_CLIENT, "1.2.398.5.19.1.2.2.1");
        expected.subjectDn = TESTTOV_TREASURY;
        return expected;
    }

    /** Files named {@code *treasury_client*}: an information system's certificate. */
    private static ExpectedInfo informationSystem(String file, String serial, String from, String to, String ski) {
        return leaf().file(file)
                .serial(serial)
                .validity(from, to)
                .keyIds(NCA_KEY_ID, ski)
                .subject(INFO_SYSTEM, "ИС \"Тест\"", null, null, "АО \"ТЕСТ\"", null, "123456789021")
                .profile(
                        SubjectType.INFORMATION_SYSTEM,
                        KeyPurpose.SIGN,
                        List.of(Role.LEGAL_ENTITY, Role.INFORMATION_SYSTEM),
                        List.of(LEGAL_EKU, "1.2.398.3.3.4.1.2.6"));
    }

    static Stream<ExpectedInfo> leaves() {
        return Stream.of(
                individual(
                        "individual__revoked__individual_revoked.crt.pem",
                        "3acea55cbcdf38c861fb3f341854c53ec9ed6ecd",
                        "2026-05-08T06:47:24Z",
                        "2027-05-08T06:47:24Z",
                        "bacea55cbcdf38c861fb3f341854c53ec9ed6ecd"),
                individual(
                        "individual__valid__individual_valid.crt.pem",
                        "6c425659bd2fc6dc587b871aede1857727cf8451",
                        "2026-05-08T06:45:13Z",
                        "2027-05-08T06:45:13Z",
                        "ec425659bd2fc6dc587b871aede1857727cf8451"),
                employee(
                        "legal__revoked__employee.crt.pem",
                        "663fcdb0c09da1533e23e5dc52d2756664ad0f92",
                        "2026-05-08T07:21:55Z",
                        "2027-05-08T07:21:55Z",
                        "e63fcdb0c09da1533e23e5dc52d2756664ad0f92",
                        Role.EMPLOYEE,
                        "1.2.398.3.3.4.1.2.5"),
                employee(
                        "legal__revoked__employee_signright.crt.pem",
                        "12490d7ba57b59efea8433349d75cc807b168957",
                        "2026-05-08T07:13:26Z",
                        "2027-05-08T07:13:26Z",
                        "02490d7ba57b59efea8433349d75cc807b168957",
                        Role.SIGNING_RIGHT,
                        "1.2.398.3.3.4.1.2.2"),
                head(
                        "legal__revoked__head.crt.pem",
                        "5bfab68530d2a5daf87b65e29a105a7bea75b411",
                        "2026-05-08T07:08:24Z",
                        "2027-05-08T07:08:24Z",
                        "dbfab68530d2a5daf87b65e29a105a7bea75b411"),
                treasuryClient(
                        "legal__revoked__infosystem.crt.pem",
                        "54a51a9d554fe48a5588c26b2a05f71d576a6c48",
                        "2026-05-08T07:53:27Z",
                        "2027-05-08T07:53:27Z",
                        "d4a51a9d554fe48a5588c26b2a05f71d576a6c48"),
                informationSystem(
                        "legal__revoked__treasury_client.crt.pem",
                        "6b4fa0c2b2f483b4ccf9d9b019706e283c58ee41",
                        "2026-05-08T11:28:59Z",
                        "2029-05-07T11:28:59Z",
                        "6b4fa0c2b2f483b4ccf9d9b019706e283c58ee41"),
                employee(
                        "legal__valid__employee.crt.pem",
                        "130d7a4b878f28bf1b2b7a223bd7c03ce78c7481",
                        "2026-05-08T07:19:39Z",
                        "2027-05-08T07:19:39Z",
                        "130d7a4b878f28bf1b2b7a223bd7c03ce78c7481",
                        Role.EMPLOYEE,
                        "1.2.398.3.3.4.1.2.5"),
                employee(
                        "legal__valid__employee_signright.crt.pem",
                        "179fdd544a7f9a19b77ad38275ca45f20b84e590",
                        "2026-06-16T05:02:43Z",
                        "2027-06-16T05:02:43Z",
                        "979fdd544a7f9a19b77ad38275ca45f20b84e590",
                        Role.SIGNING_RIGHT,
                        "1.2.398.3.3.4.1.2.2"),
                head(
                        "legal__valid__head.crt.pem",
                        "303eebdf17969f3edede9bd9828fb1355aabbe4e",
                        "2026-05-08T07:10:15Z",
                        "2027-05-08T07:10:15Z",
                        "303eebdf17969f3edede9bd9828fb1355aabbe4e"),
                treasuryClient(
                        "legal__valid__infosystem.crt.pem",
                        "60954f23d41db3f42fb04db6f538609d98978d32",
                        "2026-05-08T07:50:34Z",
                        "2027-05-08T07:50:34Z",
                        "e0954f23d41db3f42fb04db6f538609d98978d32"),
                informationSystem(
                        "legal__valid__treasury_client.crt.pem",
                        "689bd2c53a2e05aaf877569f47dfff2e7c314fe0",
                        "2026-05-08T11:27:43Z",
                        "2029-05-07T11:27:43Z",
                        "e89bd2c53a2e05aaf877569f47dfff2e7c314fe0"));
    }

    static Stream<ExpectedInfo> authorities() {
        ExpectedInfo nca = new ExpectedInfo()
                .file("nca_gost2022_test.cer")
                .serial("7ad24b1ba3a0c961fe1ca8503e6aa2bb450db8a3")
                .validity("2022-07-07T09:55:23Z", "2032-07-04T09:55:23Z")
                .subject(NCA, "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022", null, null, null, null, null)
                .algorithm(KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.3.2")
                .issuer(
                        ROOT,
                        "http://crl.root.gov.kz/gost_test_2022.crl",
                        null,
                        null,
                        "http://root.gov.kz/cert/root_test_gost_2022.cer")
                .policies("1.2.398.3.3.2")
                .keyUsages(KEY_CERT_SIGN, CRL_SIGN)
                .keyIds(ROOT_KEY_ID, NCA_KEY_ID)
                .ca();
        ExpectedInfo root = new ExpectedInfo()
                .file("root_test_gost_2022.cer")
                .serial("27d3ab7790372e5b698170dde60ccca38bc3a4b2")
                .validity("2022-07-07T09:05:52Z", "2032-07-07T09:05:52Z")
                .subject(ROOT, "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022", null, null, null, null, null)
                .algorithm(KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.3.2")
                .issuer(ROOT, null, null, null, null)
                .policies("1.2.398.3.1.2")
                .keyUsages(KEY_CERT_SIGN, CRL_SIGN)
                .keyIds(ROOT_KEY_ID, ROOT_KEY_ID)
                .ca();
        return Stream.of(nca, root);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leaves")
    void whenNcaLeafCertificateIsRead_thenEveryFieldMatchesOpensslsReading(ExpectedInfo expected) throws Exception {
        CertificateInfo actual = CertificateInfo.of(SharedFixtures.certificate(SharedFixtures.gost2015(expected.file)));

        assertThat(actual).usingRecursiveComparison().isEqualTo(expected.toInfo());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void whenNcaAuthorityCertificateIsParsedFromDer_thenEveryFieldMatchesOpensslsReading(ExpectedInfo expected)
            throws Exception {
        byte[] der = Files.readAllBytes(SharedFixtures.gost2015(expected.file));

        assertThat(CertificateInfo.parse(der)).usingRecursiveComparison().isEqualTo(expected.toInfo());
    }

    @Test
    void whenPemFileIsParsedAsBytes_thenItEqualsTheCertificateReading() throws Exception {
        var file = SharedFixtures.gost2015("legal__valid__head.crt.pem");

        assertThat(CertificateInfo.parse(Files.readAllBytes(file)))
                .isEqualTo(CertificateInfo.of(SharedFixtures.certificate(file)));
    }

    @Test
    void whenAllFixtureLeavesAreCounted_thenTheTableCoversEveryCertificateFile() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.list(SharedFixtures.gost2015(""))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".crt.pem") || n.endsWith(".cer"))
                    .sorted()
                    .toList();
            List<String> expected = Stream.concat(leaves(), authorities())
                    .map(e -> e.file)
                    .sorted()
                    .toList();
            assertThat(expected).isEqualTo(onDisk);
        }
    }
}
