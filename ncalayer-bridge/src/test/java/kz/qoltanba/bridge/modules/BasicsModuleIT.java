package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.ws.TestSocket;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsEncoding;
import kz.qoltanba.signing.devpki.Persona;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** basics {@code sign} in every argument form, every error and the cancel form, signatures verified. */
class BasicsModuleIT {
    private static final String TEXT = "Қолтаңба — basics";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private static ModulesFixture fixture;
    private TestSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ModulesFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void connect() throws Exception {
        fixture.host.answers.clear();
        fixture.host.requests.clear();
        socket = fixture.connect();
    }

    private JsonNode sign(String args) throws Exception {
        return fixture.call(
                socket, "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":" + args + "}");
    }

    private static String cmsArgs(String data, String signingParams) {
        return "{\"format\":\"cms\",\"data\":" + data + ",\"signingParams\":" + signingParams
                + ",\"signerParams\":{\"extKeyUsageOids\":[]}}";
    }

    private static JsonNode results(JsonNode response) {
        assertThat(response.get("status").asBoolean()).as(response.toString()).isTrue();
        return response.get("body").get("result");
    }

    private static byte[] cms(JsonNode pem) throws Exception {
        assertThat(pem.asText()).startsWith("-----BEGIN CMS-----").contains("-----END CMS-----");
        return CmsEncoding.decode(pem.asText());
    }

    private static void assertError(JsonNode response, String code, String details) {
        assertThat(response.get("status").asBoolean()).isFalse();
        assertThat(response.get("code").asText()).isEqualTo(code);
        assertThat(response.get("message").asText()).isNotBlank();
        assertThat(response.get("details").asText()).contains(details);
    }

    private X509Certificate signerOf(byte[] cms) throws Exception {
        X509CertificateHolder holder = (X509CertificateHolder) new CMSSignedData(cms)
                .getCertificates()
                .getMatches(new CMSSignedData(cms)
                        .getSignerInfos()
                        .getSigners()
                        .iterator()
                        .next()
                        .getSID())
                .iterator()
                .next();
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }

    @Test
    void whenALogoIsSent_thenTheHostIsAskedToShowTheDecodedImage() throws Exception {
        // a 1×1 PNG, as a data URL the way pages often send it
        String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        String args = "{\"format\":\"cms\",\"data\":\"" + TEXT + "\",\"logo\":\"data:image/png;base64," + png
                + "\",\"signerParams\":{\"extKeyUsageOids\":[]}}";

        assertThat(results(sign(args))).hasSize(1);

        assertThat(fixture.host.requests.get(0).logo())
                .isEqualTo(java.util.Base64.getDecoder().decode(png));
    }

    @Test
    void whenASingleStringIsSigned_thenResultIsAnArrayWithOneAttachedPemCms() throws Exception {
        JsonNode result = results(sign(cmsArgs("\"" + TEXT + "\"", "{}")));
        assertThat(result.isArray()).isTrue();
        assertThat(result).hasSize(1);
        byte[] cms = cms(result.get(0));
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, null))).isTrue();
        assertThat(new String((byte[]) new CMSSignedData(cms).getSignedContent().getContent(), StandardCharsets.UTF_8))
                .isEqualTo(TEXT);
        assertThat(fixture.host.requests.get(0).locale()).isEqualTo("kk");
    }

    @Test
    void whenAnArrayIsSigned_thenOneKeyChoiceSignsEveryDocumentInOrder() throws Exception {
        JsonNode result = results(sign(cmsArgs("[\"one\",\"two\",\"three\"]", "{\"encapsulate\":false}")));
        assertThat(result).hasSize(3);
        String[] documents = {"one", "two", "three"};
        for (int i = 0; i < 3; i++) {
            byte[] cms = cms(result.get(i));
            assertThat(new CMSSignedData(cms).getSignedContent()).isNull();
            assertThat(ModulesFixture.passed(fixture.verifyCms(cms, documents[i].getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
        }
        assertThat(fixture.host.requests).hasSize(1);
    }

    @Test
    void whenDecodeIsTrue_thenTheDecodedBytesAreSigned() throws Exception {
        byte[] binary = {0, 1, 2, (byte) 0xFF, 42};
        JsonNode result = results(sign(cmsArgs("\"" + b64(binary) + "\"", "{\"decode\":true}")));
        assertThat((byte[])
                        new CMSSignedData(cms(result.get(0))).getSignedContent().getContent())
                .isEqualTo(binary);
    }

    @Test
    void whenDigested_thenADetachedCmsOverTheDigestVerifies() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(TEXT.getBytes(StandardCharsets.UTF_8));
        JsonNode result = results(sign(cmsArgs("\"" + b64(digest) + "\"", "{\"digested\":true}")));
        byte[] cms = cms(result.get(0));
        assertThat(ModulesFixture.passed(fixture.verifyDigest(cms, digest))).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, TEXT.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(fixture.host.requests.get(0).format()).isEqualTo(SignatureFormat.CMS_OVER_DIGEST);
    }

    @Test
    void whenTheDigestHasAWrongLength_thenInvocationErrorBeforeAnyKeyChoice() throws Exception {
        assertError(sign(cmsArgs("\"" + b64(new byte[68]) + "\"", "{\"digested\":true}")), "INVOCATION_ERROR", "68");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenTsaProfileIsPresent_thenTheSignatureIsTimestamped() throws Exception {
        byte[] cms = cms(results(sign(cmsArgs("\"x\"", "{\"tsaProfile\":{}}"))).get(0));
        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                .isNotNull();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, null))).isTrue();
        assertThat(fixture.host.requests.get(0).timestamp()).isTrue();
    }

    @Test
    void whenFormatIsXml_thenTheSignedXmlVerifies() throws Exception {
        JsonNode result = results(sign("{\"format\":\"xml\",\"data\":[\"<a>1</a>\",\"<b>қ</b>\"],\"locale\":\"ru\","
                + "\"signerParams\":{\"extKeyUsageOids\":[]}}"));
        assertThat(result).hasSize(2);
        for (JsonNode xml : result) {
            assertThat(ModulesFixture.passed(fixture.verifyXml(xml.asText().getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
        }
        assertThat(fixture.host.requests.get(0).locale()).isEqualTo("ru");
    }

    @Test
    void whenFormatIsRawWithOutputCert_thenTheSignatureVerifiesWithTheReturnedCertificate() throws Exception {
        JsonNode result = results(sign("{\"format\":\"raw\",\"data\":\"" + TEXT + "\","
                + "\"signingParams\":{\"outputCert\":true},\"signerParams\":{\"extKeyUsageOids\":[]}}"));
        JsonNode raw = result.get(0);
        X509Certificate certificate =
                Certificates.fromPem(raw.get("certificate").asText());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(
                        Base64.getDecoder().decode(raw.get("signatures").get(0).asText())))
                .isTrue();
        JsonNode withoutCert = results(
                        sign("{\"format\":\"raw\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[]}}"))
                .get(0);
        assertThat(withoutCert.has("certificate")).isFalse();
    }

    @Test
    void whenSignerFiltersAreGiven_thenOnlyAMatchingCertificateSigns() throws Exception {
        byte[] byEku = cms(results(sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[\""
                        + CLIENT_AUTH + "\"]}}"))
                .get(0));
        assertThat(signerOf(byEku))
                .isEqualTo(fixture.host.key(Persona.INDIVIDUAL_AUTH).certificate());
        byte[] byBinAndIin = cms(results(sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":"
                        + "{\"extKeyUsageOids\":[],\"bin\":\"210540001207\",\"iin\":\"920403401017\"}}"))
                .get(0));
        assertThat(signerOf(byBinAndIin))
                .isEqualTo(fixture.host.key(Persona.LEGAL_EMPLOYEE).certificate());
        X509Certificate head = fixture.host.key(Persona.LEGAL_HEAD).certificate();
        byte[] bySerial = cms(results(sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":"
                        + "{\"extKeyUsageOids\":[],\"serialNumber\":\""
                        + head.getSerialNumber().toString(16).toUpperCase() + "\"}}"))
                .get(0));
        assertThat(signerOf(bySerial)).isEqualTo(head);
    }

    @Test
    void whenAChainIsGiven_thenOnlyCertificatesItIssuedCanSign() throws Exception {
        String intermediate =
                pemJson(fixture.host.pki.intermediate(KeyAlgorithm.RSA).certificate());
        String untrusted =
                pemJson(fixture.host.pki.untrustedRoot(KeyAlgorithm.RSA).certificate());
        JsonNode good = sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[],\"chain\":["
                + intermediate + "]}}");
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms(results(good).get(0)), null)))
                .isTrue();
        assertThat(fixture.host.requests.get(0).filter().chain()).hasSize(1);
        JsonNode none = sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[],\"chain\":["
                + untrusted + "]}}");
        assertThat(none.toString())
                .isEqualTo("{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"no suitable certificate\","
                        + "\"details\":\"no suitable certificate\"}");
        sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[],\"chain\":[]}}");
        assertThat(fixture.host.requests.get(2).filter().chain()).isEmpty();
        sign(cmsArgs("\"x\"", "{}"));
        assertThat(fixture.host.requests.get(3).filter().chain()).isNull();
    }

    @Test
    void whenTheUserCancels_thenStatusTrueWithAnEmptyBody() throws Exception {
        fixture.host.answers.add(FakeHost.Answer.CANCEL);
        assertThat(sign(cmsArgs("\"x\"", "{}")).toString()).isEqualTo("{\"status\":true,\"body\":{}}");
        fixture.host.answers.add(FakeHost.Answer.FAIL);
        assertThat(sign(cmsArgs("\"x\"", "{}")).get("code").asText()).isEqualTo("SIGNING_FAILURE");
    }

    @Test
    void whenArgumentsHaveWrongTypesOrValues_thenInvocationError() throws Exception {
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{}}"), "INVOCATION_ERROR", "extKeyUsageOids");
        assertError(sign("{\"format\":\"cms\",\"data\":\"x\"}"), "INVOCATION_ERROR", "extKeyUsageOids");
        assertError(sign(cmsArgs("\"x\"", "\"yes\"")), "INVOCATION_ERROR", "signingParams");
        assertError(sign(cmsArgs("\"x\"", "{\"encapsulate\":\"false\"}")), "INVOCATION_ERROR", "encapsulate");
        assertError(sign(cmsArgs("[]", "{}")), "INVOCATION_ERROR", "data");
        assertError(sign(cmsArgs("[1]", "{}")), "INVOCATION_ERROR", "data");
        assertError(
                sign("{\"format\":\"pdf\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "format");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"locale\":\"fr\",\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "locale");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[\"abc\"]}}"),
                "INVOCATION_ERROR",
                "OID");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[],\"iin\":\"12\"}}"),
                "INVOCATION_ERROR",
                "iin");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[],\"chain\":[\"x\"]}}"),
                "INVOCATION_ERROR",
                "chain[0]");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"allowedStorages\":[\"Floppy\"],"
                        + "\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "allowedStorages");
        assertError(
                sign("{\"format\":\"xml\",\"data\":\"<a/>\",\"signingParams\":{\"tsaProfile\":{}},"
                        + "\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "cms only");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"logo\":\"" + "A".repeat(50_001) + "\","
                        + "\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "logo");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"logo\":\"bm90IGFuIGltYWdl\","
                        + "\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "not a PNG, JPEG, GIF or BMP image");
        assertError(
                sign("{\"format\":\"cms\",\"data\":\"x\",\"logo\":\"%%%\","
                        + "\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "INVOCATION_ERROR",
                "not valid base64");
        assertError(
                fixture.call(socket, "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":[]}"),
                "INVOCATION_ERROR",
                "args");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenDataCannotBeDecoded_thenSigningFailure() throws Exception {
        assertError(sign(cmsArgs("\"not base64!\"", "{\"decode\":true}")), "SIGNING_FAILURE", "base64");
        assertError(
                sign("{\"format\":\"xml\",\"data\":\"<a>\",\"signerParams\":{\"extKeyUsageOids\":[]}}"),
                "SIGNING_FAILURE",
                "XML");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenTheMethodIsUnknownOrRequiredArgsAreMissing_thenGeneralError() throws Exception {
        assertError(
                fixture.call(socket, "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"verify\",\"args\":{}}"),
                "GENERAL_ERROR",
                "'verify'");
        assertError(
                fixture.call(socket, "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\"}"),
                "GENERAL_ERROR",
                "args");
        assertError(sign("{\"data\":\"x\",\"signerParams\":{\"extKeyUsageOids\":[]}}"), "GENERAL_ERROR", "format");
        assertError(sign("{\"format\":\"cms\",\"signerParams\":{\"extKeyUsageOids\":[]}}"), "GENERAL_ERROR", "data");
    }

    @Test
    void whenTheRequestCarriesAnId_thenTheAnswerEchoesIt() throws Exception {
        JsonNode response = fixture.call(
                socket,
                "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"id\":7," + "\"args\":"
                        + cmsArgs("\"x\"", "{}") + "}");
        assertThat(response.get("id").asInt()).isEqualTo(7);
        assertThat(results(response)).hasSize(1);
    }

    private String pemJson(X509Certificate certificate) {
        return fixture.json.valueToTree(Certificates.toPem(certificate)).toString();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
