package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.ws.TestSocket;
import kz.qoltanba.signing.devpki.Persona;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every commonUtils method and every error and cancel form, over real sockets, signatures verified. */
class CommonUtilsModuleIT {
    private static final byte[] DATA = "Қолтаңба — commonUtils".getBytes(StandardCharsets.UTF_8);
    private static final String XML = "<doc><head>h</head><body Id=\"b\">қазақша</body></doc>";

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
        fixture.host.tokens = List.of();
        socket = fixture.connect();
    }

    private JsonNode call(String method, Object... args) throws Exception {
        ObjectNode request = fixture.json.createObjectNode().put("module", "kz.gov.pki.knca.commonUtils");
        request.put("method", method);
        ArrayNode array = request.putArray("args");
        for (Object arg : args) {
            array.add(fixture.json.valueToTree(arg));
        }
        return fixture.call(socket, request.toString());
    }

    private static byte[] responseBytes(JsonNode response) {
        assertThat(response.get("code").asText()).as(response.toString()).isEqualTo("200");
        return Base64.getDecoder().decode(response.get("responseObject").asText());
    }

    private static void assertError(JsonNode response, String message) {
        assertThat(response.get("code").asText()).isEqualTo("500");
        assertThat(response.get("message").asText()).contains(message);
        assertThat(response.has("responseObject")).isFalse();
    }

    @Test
    void whenNoTokenIsPresent_thenGetActiveTokensAnswersAnEmptyArray() throws Exception {
        JsonNode response =
                fixture.call(socket, "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getActiveTokens\"}");
        assertThat(response.toString()).isEqualTo("{\"code\":\"200\",\"responseObject\":[]}");
    }

    @Test
    void whenAKaztokenIsPresent_thenGetActiveTokensListsItButNeverPkcs12() throws Exception {
        fixture.host.tokens = List.of("PKCS12", "AKKaztokenStore");
        assertThat(call("getActiveTokens").get("responseObject").toString()).isEqualTo("[\"AKKaztokenStore\"]");
    }

    @Test
    void whenGetKeyInfo_thenTheChosenCertificateIsDescribed() throws Exception {
        JsonNode info = call("getKeyInfo", "PKCS12").get("responseObject");
        X509Certificate expected = fixture.host.key(Persona.INDIVIDUAL_SIGN).certificate();
        assertThat(info.get("serialNumber").asText())
                .isEqualToIgnoringCase(expected.getSerialNumber().toString(16));
        assertThat(info.get("certNotBefore").asText())
                .isEqualTo(Long.toString(expected.getNotBefore().getTime()));
        assertThat(info.get("certNotAfter").asText())
                .isEqualTo(Long.toString(expected.getNotAfter().getTime()));
        assertThat(info.get("subjectCn").asText()).isEqualTo(Persona.INDIVIDUAL_SIGN.commonName());
        assertThat(info.get("subjectDn").asText()).contains("900101400122");
        assertThat(info.get("issuerCn").asText()).isNotBlank();
        assertThat(info.get("algorithm").asText()).isEqualTo("RSA");
        assertThat(info.get("keyId").asText())
                .matches("[0-9a-f]{40}")
                .isEqualTo(info.get("alias").asText());
        assertThat(info.get("authorityKeyIdentifier").asText()).matches("[0-9a-f]+");
        X509Certificate pem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(info.get("pem").asText().getBytes(StandardCharsets.US_ASCII)));
        assertThat(pem).isEqualTo(expected);
        assertThat(fixture.host
                        .certificateChoices
                        .get(fixture.host.certificateChoices.size() - 1)
                        .storages())
                .containsExactly("PKCS12");
    }

    @Test
    void whenTheStorageIsUnknownOrAbsent_thenTheErrorSaysSo() throws Exception {
        assertError(call("getKeyInfo", "FloppyStore"), "Unknown storage name 'FloppyStore'");
        assertThat(call("getKeyInfo", "AKKaztokenStore").toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"storage.empty\"}");
        fixture.host.tokens = List.of("AKKaztokenStore");
        assertThat(call("getKeyInfo", "AKKaztokenStore").get("code").asText()).isEqualTo("200");
    }

    @Test
    void whenAnArgumentHasTheWrongType_thenArgumentTypeMismatch() throws Exception {
        assertThat(call("getKeyInfo", true).toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"argument type mismatch. Method: getKeyInfo\"}");
        assertError(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", "AAAA", "true"), "argument type mismatch");
        assertError(call("signXmls", "PKCS12", "SIGNATURE", List.of(1), "", ""), "argument type mismatch");
    }

    @Test
    void whenTheArgumentCountOrMethodIsWrong_thenAClearError() throws Exception {
        assertError(call("getKeyInfo"), "Method 'getKeyInfo' takes 1 argument, not 0.");
        assertError(call("getKeyInfo", "PKCS12", "x"), "takes 1 argument, not 2");
        assertError(call("deleteAllKeys"), "Unknown method 'deleteAllKeys'");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenCreateCadesAttached_thenTheCmsVerifiesAndCarriesTheData() throws Exception {
        byte[] cms = responseBytes(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, null))).isTrue();
        assertThat((byte[]) new CMSSignedData(cms).getSignedContent().getContent())
                .isEqualTo(DATA);
        assertThat(fixture.host.requests.get(0).filter().purpose()).isEqualTo(KeyPurpose.SIGNATURE);
    }

    @Test
    void whenCreateCadesDetached_thenTheCmsVerifiesAgainstTheData() throws Exception {
        byte[] cms = responseBytes(call("createCAdESFromBase64", "PKCS12", "123", b64(DATA), false));
        assertThat(new CMSSignedData(cms).getSignedContent()).isNull();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, DATA))).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, "other".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(fixture.host.requests.get(0).filter().purpose()).isEqualTo(KeyPurpose.ANY);
    }

    @Test
    void whenTheDataIsASignedCms_thenASignerIsAdded() throws Exception {
        byte[] first = responseBytes(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        byte[] both = responseBytes(call("createCAdESFromBase64", "PKCS12", "AUTHENTICATION", b64(first), true));
        CMSSignedData signed = new CMSSignedData(both);
        assertThat(signed.getSignerInfos().size()).isEqualTo(2);
        assertThat(signed.getCertificates().getMatches(null))
                .doesNotHaveDuplicates()
                .contains(
                        new X509CertificateHolder(fixture.host
                                .key(Persona.INDIVIDUAL_SIGN)
                                .certificate()
                                .getEncoded()),
                        new X509CertificateHolder(fixture.host
                                .key(Persona.INDIVIDUAL_AUTH)
                                .certificate()
                                .getEncoded()));
        assertThat(fixture.verifyCms(both, null).signers()).hasSize(2);
        assertThat(ModulesFixture.passed(fixture.verifyCms(both, null))).isTrue();
    }

    @Test
    void whenCreateCmsSignature_thenTheSignerHasATimestamp() throws Exception {
        byte[] cms = responseBytes(call("createCMSSignatureFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        assertThat(hasTimestamp(cms)).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, null))).isTrue();
        assertThat(hasTimestamp(responseBytes(call("createCAdESFromBase64", "PKCS12", "x", b64(DATA), true))))
                .isFalse();
    }

    @Test
    void whenApplyCadesT_thenATimestampIsAddedToAnExistingCms() throws Exception {
        byte[] cms = responseBytes(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        byte[] stamped = responseBytes(call("applyCAdEST", "PKCS12", "SIGNATURE", b64(cms)));
        assertThat(hasTimestamp(stamped)).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(stamped, null))).isTrue();
        assertError(call("applyCAdEST", "PKCS12", "SIGNATURE", b64(DATA)), "not a base64 CMS SignedData");
    }

    @Test
    void whenSigningAHash_thenTheDetachedCmsVerifiesAgainstTheDigest() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(DATA);
        byte[] cms = responseBytes(call("createCAdESFromBase64Hash", "PKCS12", "SIGNATURE", b64(digest)));
        assertThat(ModulesFixture.passed(fixture.verifyDigest(cms, digest))).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, DATA))).isTrue();
        assertThat(fixture.host.requests.get(0).format()).isEqualTo(SignatureFormat.CMS_OVER_DIGEST);
    }

    @Test
    void whenTheHashHasAWrongLengthOrBadBase64_thenItIsRefusedBeforeAnyKeyChoice() throws Exception {
        assertError(call("createCAdESFromBase64Hash", "PKCS12", "SIGNATURE", b64(new byte[68])), "has 68 bytes");
        assertError(call("createCAdESFromBase64Hash", "PKCS12", "SIGNATURE", "%%%"), "not valid base64");
        assertError(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", "not base64!", true), "not valid base64");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenTheUserCancelsOrNoKeyFitsOrSigningFails_thenTheModuleErrorForms() throws Exception {
        fixture.host.answers.add(FakeHost.Answer.CANCEL);
        assertThat(call("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true)
                        .toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"action.canceled\"}");
        fixture.host.answers.add(FakeHost.Answer.CANCEL);
        assertThat(call("getKeyInfo", "PKCS12").get("message").asText()).isEqualTo("action.canceled");
        fixture.host.answers.add(FakeHost.Answer.NO_CERTIFICATE);
        assertThat(call("signXml", "PKCS12", "SIGNATURE", XML, "", "").toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"no suitable certificate\"}");
        fixture.host.answers.add(FakeHost.Answer.FAIL);
        assertThat(call("createCAdESFromBase64Hash", "PKCS12", "SIGNATURE", b64(new byte[32]))
                        .toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"signing failed\"}");
    }

    @Test
    void whenSignXmlWithEmptyXPaths_thenTheWholeDocumentIsSignedUnderTheRoot() throws Exception {
        JsonNode response = call("signXml", "PKCS12", "SIGNATURE", XML, "", "");
        String signed = response.get("responseObject").asText();
        assertThat(signed).contains("Reference URI=\"\"").contains("</ds:Signature></doc>");
        assertThat(ModulesFixture.passed(fixture.verifyXml(signed.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }

    @Test
    void whenSignXmlWithXPaths_thenThePlacementReachesTheHostAndTheSignatureVerifies() throws Exception {
        JsonNode response = call("signXml", "PKCS12", "SIGNATURE", XML, "/doc/body", "/doc/head");
        String signed = response.get("responseObject").asText();
        assertThat(fixture.host
                        .placements
                        .get(fixture.host.placements.size() - 1)
                        .signedElementXPath())
                .isEqualTo("/doc/body");
        assertThat(signed).contains("<head>h<ds:Signature");
        assertThat(ModulesFixture.passed(fixture.verifyXml(signed.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }

    @Test
    void whenTheXmlIsBrokenOrHasADoctypeOrTheXPathIsBad_thenItIsRefused() throws Exception {
        assertError(call("signXml", "PKCS12", "SIGNATURE", "<doc>", "", ""), "not well-formed");
        assertError(
                call("signXml", "PKCS12", "SIGNATURE", "<!DOCTYPE d [<!ENTITY x \"y\">]><d>&x;</d>", "", ""),
                "DOCTYPE");
        assertError(call("signXml", "PKCS12", "SIGNATURE", XML, "/doc[", ""), "tbsElementXPath is not a valid XPath");
        assertError(call("signXmls", "PKCS12", "SIGNATURE", List.of(), "", ""), "no XML document");
        assertThat(fixture.host.requests).isEmpty();
    }

    @Test
    void whenSignXmls_thenEveryDocumentIsSignedWithOneKeyChoice() throws Exception {
        JsonNode response = call("signXmls", "PKCS12", "SIGNATURE", List.of(XML, "<a>2</a>"), "", "");
        assertThat(response.get("responseObject")).hasSize(2);
        for (JsonNode signed : response.get("responseObject")) {
            assertThat(ModulesFixture.passed(fixture.verifyXml(signed.asText().getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
        }
        assertThat(response.get("responseObject").get(1).asText()).startsWith("<a>2<ds:Signature");
        assertThat(fixture.host.requests).hasSize(1);
    }

    @Test
    void whenAFileWasChosen_thenItCanBeSignedAndOtherFilesCannot(@TempDir Path directory) throws Exception {
        Path chosen = Files.write(directory.resolve("chosen.pdf"), DATA);
        Path other = Files.write(directory.resolve("other.pdf"), DATA);
        fixture.host.files.add(chosen);
        assertThat(call("showFileChooser", "ALL", "").toString())
                .isEqualTo("{\"code\":\"200\",\"responseObject\":" + fixture.json.valueToTree(chosen.toString()) + "}");
        byte[] cms = responseBytes(call("createCAdESFromFile", "PKCS12", "SIGNATURE", chosen.toString(), false));
        assertThat(ModulesFixture.passed(fixture.verifyCms(cms, DATA))).isTrue();
        byte[] stamped =
                responseBytes(call("createCMSSignatureFromFile", "PKCS12", "SIGNATURE", chosen.toString(), true));
        assertThat(hasTimestamp(stamped)).isTrue();
        assertThat(ModulesFixture.passed(fixture.verifyCms(stamped, null))).isTrue();
        assertError(
                call("createCAdESFromFile", "PKCS12", "SIGNATURE", other.toString(), true),
                "Only a file chosen with showFileChooser");
        TestSocket otherSocket = fixture.connect();
        otherSocket.send("{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"createCAdESFromFile\",\"args\":"
                + "[\"PKCS12\",\"SIGNATURE\"," + fixture.json.valueToTree(chosen.toString()) + ",true]}");
        assertThat(fixture.json.readTree(otherSocket.next()).get("message").asText())
                .contains("Only a file chosen with showFileChooser");
    }

    @Test
    void whenTheFileChooserIsCancelled_thenActionCanceled() throws Exception {
        assertThat(call("showFileChooser", "P12", "/tmp").toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"action.canceled\"}");
    }

    @Test
    void whenChangeLocale_thenLaterDialogsUseItAndUnknownLocalesAreRefused() throws Exception {
        assertThat(call("changeLocale", "kz").toString()).isEqualTo("{\"code\":\"200\"}");
        call("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true);
        assertThat(fixture.host.requests.get(0).locale()).isEqualTo("kk");
        assertThat(call("changeLocale", "en").toString()).isEqualTo("{\"code\":\"200\"}");
        call("signXml", "PKCS12", "SIGNATURE", XML, "", "");
        assertThat(fixture.host.requests.get(1).locale()).isEqualTo("en");
        assertError(call("changeLocale", "fr"), "Unsupported locale 'fr'");
        call("changeLocale", "ru");
    }

    @Test
    void whenTheRequestCarriesAUuid_thenTheAnswerEchoesIt() throws Exception {
        JsonNode response = fixture.call(
                socket, "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getActiveTokens\",\"uuid\":\"u-1\"}");
        assertThat(response.get("uuid").asText()).isEqualTo("u-1");
        assertThat(response.get("code").asText()).isEqualTo("200");
    }

    private static boolean hasTimestamp(byte[] cms) throws Exception {
        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        return signer.getUnsignedAttributes() != null
                && signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
