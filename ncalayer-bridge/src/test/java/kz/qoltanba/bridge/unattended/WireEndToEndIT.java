package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.xml.SafeXml;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The whole bridge as {@code serve --unattended --keys-dir … --trust … --tsa-url …} assembles it (configuration
 * loader, {@link RunningBridge}, the built-in modules bundle in Felix, the real signing service answered by
 * unattended mode), driven over TLS by the Jetty WebSocket client. Every signature is verified by signing-core
 * against the development roots with HARD revocation checking over OCSP, and the RSA CMS ones also by
 * {@code openssl cms -verify}.
 */
class WireEndToEndIT {
    static final String COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    static final String BASICS = "kz.gov.pki.knca.basics";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] DATA = "Қолтаңба: the data to sign".getBytes(StandardCharsets.UTF_8);
    private static final String XML = "<doc><head>h</head><body Id=\"b1\"><item>1</item></body></doc>";

    @TempDir
    static Path work;

    private static WireFixture fixture;
    private static RunningBridge bridge;
    private static WireClient client;
    private static ControlClient control;

    private WireSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = new WireFixture(work);
        CommandLineSettings settings = new CommandLineSettings(
                fixture.home,
                0,
                List.of(WireClient.ORIGIN),
                fixture.tsaUrl(),
                List.of(fixture.rsaRoot, fixture.gostRoot),
                true,
                null,
                null,
                fixture.keysDir);
        BridgeConfig config = new BridgeConfigLoader(Map.of(), new Properties()).load(settings);
        bridge = RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC());
        client = new WireClient(fixture.serverCertificate, bridge.port());
        control = new ControlClient(bridge.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void connect() throws Exception {
        socket = client.connect();
    }

    static String commonUtils(String method, Object... args) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("module", COMMON_UTILS);
        request.put("method", method);
        request.put("args", List.of(args));
        return JSON.writeValueAsString(request);
    }

    static String basicsSign(Map<String, Object> args) throws Exception {
        return JSON.writeValueAsString(Map.of("module", BASICS, "method", "sign", "args", args));
    }

    static Map<String, Object> cmsArgs(Object data, Map<String, Object> signingParams) {
        return Map.of(
                "format",
                "cms",
                "data",
                data,
                "signingParams",
                signingParams,
                "signerParams",
                Map.of("extKeyUsageOids", List.of()));
    }

    private JsonNode call(String request) throws Exception {
        return WireClient.call(socket, request);
    }

    private static byte[] responseObject(JsonNode response) {
        assertThat(response.path("code").asText()).as(response.toString()).isEqualTo("200");
        return Base64.getDecoder().decode(response.get("responseObject").asText());
    }

    private static JsonNode results(JsonNode response) {
        assertThat(response.path("status").asBoolean()).as(response.toString()).isTrue();
        return response.get("body").get("result");
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static void passed(ValidationReport report) {
        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    private static String signerSerial(byte[] cms) throws Exception {
        return new CMSSignedData(cms)
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next()
                .getSID()
                .getSerialNumber()
                .toString(16);
    }

    @Test
    void whenCreateCadesFromBase64AttachedAndDetached_thenBothVerifyWithHardRevocationAndOpenssl() throws Exception {
        byte[] attached =
                responseObject(call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true)));
        byte[] detached =
                responseObject(call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), false)));

        passed(fixture.verifyCms(attached, null));
        passed(fixture.verifyCms(detached, DATA));
        assertThat(new CMSSignedData(attached).getSignedContent().getContent()).isEqualTo(DATA);
        assertThat(new CMSSignedData(detached).getSignedContent()).isNull();
        assertThat(signerSerial(attached)).isEqualTo(fixture.rsaSerial);
        WireTools.requireOpenssl();
        WireTools.opensslVerifies(work, attached, null, fixture.rsaCaFile);
        WireTools.opensslVerifies(work, detached, DATA, fixture.rsaCaFile);
    }

    @Test
    void whenCreateCadesFromBase64Hash_thenItVerifiesAgainstTheDigestAndOpensslWithTheContent() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(DATA);

        byte[] cms = responseObject(call(commonUtils("createCAdESFromBase64Hash", "PKCS12", "SIGNATURE", b64(digest))));

        passed(fixture.verifyDigest(cms, digest, KeyAlgorithm.RSA.digestOid()));
        passed(fixture.verifyCms(cms, DATA));
        WireTools.requireOpenssl();
        WireTools.opensslVerifies(work, cms, DATA, fixture.rsaCaFile);
    }

    @Test
    void whenSignXmlWholeDocumentAndXPathPlacement_thenBothVerifyAndTheSignatureSitsWhereAsked() throws Exception {
        JsonNode whole = call(commonUtils("signXml", "PKCS12", "SIGNATURE", XML, "", ""));
        JsonNode placed = call(commonUtils("signXml", "PKCS12", "SIGNATURE", XML, "/doc/body", "/doc/head"));

        assertThat(whole.path("code").asText()).as(whole.toString()).isEqualTo("200");
        assertThat(placed.path("code").asText()).as(placed.toString()).isEqualTo("200");
        String wholeXml = whole.get("responseObject").asText();
        String placedXml = placed.get("responseObject").asText();
        passed(fixture.verifyXml(wholeXml));
        passed(fixture.verifyXml(placedXml));
        Element wholeSignature = signature(wholeXml);
        assertThat(wholeSignature.getParentNode().getNodeName()).isEqualTo("doc");
        Element placedSignature = signature(placedXml);
        assertThat(placedSignature.getParentNode().getNodeName()).isEqualTo("head");
        // only /doc/body is covered: a change outside it keeps the signature valid, a change inside breaks it
        assertThat(placedXml).contains("<head>h<");
        passed(fixture.verifyXml(placedXml.replace("<head>h<", "<head>changed<")));
        assertThat(fixture.verifyXml(placedXml.replace("<item>1</item>", "<item>2</item>"))
                        .indication())
                .isNotEqualTo(Indication.TOTAL_PASSED);
    }

    private static Element signature(String xml) throws Exception {
        Document document = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        var signatures = document.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
        assertThat(signatures.getLength()).isEqualTo(1);
        return (Element) signatures.item(0);
    }

    @Test
    void whenSignXmls_thenEveryDocumentIsSignedAndVerifies() throws Exception {
        List<String> documents = List.of("<a>1</a>", "<b><c>2</c></b>", XML);

        JsonNode response = call(commonUtils("signXmls", "PKCS12", "SIGNATURE", documents, "", ""));

        assertThat(response.path("code").asText()).as(response.toString()).isEqualTo("200");
        JsonNode signed = response.get("responseObject");
        assertThat(signed).hasSize(3);
        for (JsonNode xml : signed) {
            passed(fixture.verifyXml(xml.asText()));
        }
    }

    @Test
    void whenBasicsSignsCmsSingleArrayAndDetached_thenEachVerifiesAlsoWithOpenssl() throws Exception {
        JsonNode single = results(call(basicsSign(cmsArgs(b64(DATA), Map.of("decode", true)))));
        JsonNode array =
                results(call(basicsSign(cmsArgs(List.of("one", "two", "three"), Map.of("encapsulate", true)))));
        JsonNode detached = results(call(basicsSign(cmsArgs(b64(DATA), Map.of("decode", true, "encapsulate", false)))));

        assertThat(single).hasSize(1);
        byte[] singleCms = WireFixture.der(single.get(0).asText());
        passed(fixture.verifyCms(singleCms, null));
        assertThat(new CMSSignedData(singleCms).getSignedContent().getContent()).isEqualTo(DATA);
        assertThat(array).hasSize(3);
        String[] texts = {"one", "two", "three"};
        List<byte[]> arrayCms = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] cms = WireFixture.der(array.get(i).asText());
            passed(fixture.verifyCms(cms, null));
            assertThat(new CMSSignedData(cms).getSignedContent().getContent())
                    .isEqualTo(texts[i].getBytes(StandardCharsets.UTF_8));
            arrayCms.add(cms);
        }
        byte[] detachedCms = WireFixture.der(detached.get(0).asText());
        passed(fixture.verifyCms(detachedCms, DATA));
        WireTools.requireOpenssl();
        for (byte[] cms : arrayCms) {
            WireTools.opensslVerifies(work, cms, null, fixture.rsaCaFile);
        }
        WireTools.opensslVerifies(work, singleCms, null, fixture.rsaCaFile);
        WireTools.opensslVerifies(work, detachedCms, DATA, fixture.rsaCaFile);
    }

    @Test
    void whenBasicsSignsCmsWithTsaProfile_thenTheSignatureCarriesATimestampOfTheDevelopmentTsa() throws Exception {
        JsonNode result = results(call(basicsSign(cmsArgs(b64(DATA), Map.of("decode", true, "tsaProfile", Map.of())))));

        byte[] cms = WireFixture.der(result.get(0).asText());
        ValidationReport report = fixture.verifyCms(cms, null);
        passed(report);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
        WireTools.requireOpenssl();
        WireTools.opensslVerifies(work, cms, null, fixture.rsaCaFile);
    }

    @Test
    void whenApplyCadesT_thenTheExistingSignatureGainsATimestampAndStillVerifies() throws Exception {
        byte[] cms = responseObject(call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true)));
        assertThat(fixture.verifyCms(cms, null).signers().get(0).timestampTime())
                .isEmpty();

        byte[] stamped = responseObject(call(commonUtils("applyCAdEST", "PKCS12", "SIGNATURE", b64(cms))));

        ValidationReport report = fixture.verifyCms(stamped, null);
        passed(report);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
        WireTools.requireOpenssl();
        WireTools.opensslVerifies(work, stamped, null, fixture.rsaCaFile);
    }

    @Test
    void whenBasicsSignsXml_thenTheSignedDocumentVerifies() throws Exception {
        Map<String, Object> args =
                Map.of("format", "xml", "data", XML, "signerParams", Map.of("extKeyUsageOids", List.of()));

        JsonNode result = results(call(basicsSign(args)));

        assertThat(result).hasSize(1);
        passed(fixture.verifyXml(result.get(0).asText()));
    }

    @Test
    void whenKeyInfoActiveTokensAndLocaleAsked_thenTheyAnswerWithTheUnattendedKey() throws Exception {
        JsonNode keyInfo = call(commonUtils("getKeyInfo", "PKCS12"));
        JsonNode tokens = call(commonUtils("getActiveTokens"));
        JsonNode locale = call(commonUtils("changeLocale", "en"));
        JsonNode badLocale = call(commonUtils("changeLocale", "fr"));
        JsonNode settings = call("{\"module\":\"kz.gov.pki.ncalayerservices.accessory\",\"method\":\"showSettings\"}");

        assertThat(keyInfo.path("code").asText()).as(keyInfo.toString()).isEqualTo("200");
        assertThat(keyInfo.get("responseObject").get("serialNumber").asText()).isEqualTo(fixture.rsaSerial);
        assertThat(keyInfo.get("responseObject").get("algorithm").asText()).isEqualTo("RSA");
        assertThat(tokens.path("code").asText()).isEqualTo("200");
        assertThat(tokens.get("responseObject").isArray()).isTrue();
        assertThat(locale.toString()).isEqualTo("{\"code\":\"200\"}");
        assertThat(badLocale.toString())
                .isEqualTo("{\"code\":\"500\",\"message\":\"Unsupported locale 'fr'; use ru, kk or en.\"}");
        assertThat(settings.toString()).isEqualTo("{\"success\":true}");
    }

    @Test
    void whenCancelQueued_thenEachModuleAnswersItsExactCancelForm() throws Exception {
        assertThat(control.post("/unattended/next", "{\"answer\":\"cancel\"}").status())
                .isEqualTo(200);
        JsonNode commonUtils = call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        assertThat(control.post("/unattended/next", "{\"answer\":\"cancel\"}").status())
                .isEqualTo(200);
        JsonNode basics = call(basicsSign(cmsArgs(b64(DATA), Map.of())));

        assertThat(commonUtils.toString()).isEqualTo("{\"code\":\"500\",\"message\":\"action.canceled\"}");
        assertThat(basics.toString()).isEqualTo("{\"status\":true,\"body\":{}}");
    }

    @Test
    void whenWrongPasswordQueued_thenTheRequestFailsWithTheModulesErrorFormAndTheNextOneSigns() throws Exception {
        assertThat(control.post("/unattended/next", "{\"answer\":\"wrong-password\"}")
                        .status())
                .isEqualTo(200);
        JsonNode commonUtils = call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));
        assertThat(control.post("/unattended/next", "{\"answer\":\"wrong-password\"}")
                        .status())
                .isEqualTo(200);
        JsonNode basics = call(basicsSign(cmsArgs(b64(DATA), Map.of())));
        JsonNode after = call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true));

        assertThat(commonUtils.toString()).isEqualTo(WRONG_PASSWORD_COMMON_UTILS);
        assertThat(basics.toString()).isEqualTo(WRONG_PASSWORD_BASICS);
        passed(fixture.verifyCms(responseObject(after), null));
    }

    static final String WRONG_PASSWORD_COMMON_UTILS = "{\"code\":\"500\",\"message\":\"wrong password\"}";
    static final String WRONG_PASSWORD_BASICS =
            "{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"wrong password\",\"details\":\"wrong password\"}";

    @Test
    void whenGostKeyChosen_thenItSignsAndTheLogNamesItsSerial() throws Exception {
        assertThat(control.post("/unattended/next", "{\"key\":\"" + WireFixture.GOST_KEY + "\"}")
                        .status())
                .isEqualTo(200);
        byte[] cms = responseObject(call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true)));
        assertThat(control.post("/unattended/next", "{\"key\":\"" + WireFixture.GOST_KEY + "\"}")
                        .status())
                .isEqualTo(200);
        JsonNode xml = call(commonUtils("signXml", "PKCS12", "SIGNATURE", XML, "", ""));

        passed(fixture.verifyCms(cms, null));
        assertThat(signerSerial(cms)).isEqualTo(fixture.gostSerial);
        passed(fixture.verifyXml(xml.get("responseObject").asText()));
        JsonNode log = JSON.readTree(control.get("/unattended/log").body());
        List<JsonNode> chosen = new java.util.ArrayList<>();
        log.forEach(entry -> {
            if (WireFixture.GOST_KEY.equals(entry.path("key").asText())) {
                chosen.add(entry);
            }
        });
        assertThat(chosen).hasSize(2);
        assertThat(chosen).allSatisfy(entry -> {
            assertThat(entry.get("answer").asText()).isEqualTo("key");
            assertThat(entry.get("serialNumber").asText()).isEqualTo(fixture.gostSerial);
        });
    }

    /** The audit lines written while {@code action} ran. */
    private static List<JsonNode> auditedDuring(ThrowingAction action) throws Exception {
        Path audit = fixture.home.resolve("logs/audit.log");
        int before = Files.isRegularFile(audit) ? Files.readAllLines(audit).size() : 0;
        action.run();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(audit)
                .subList(before, Files.readAllLines(audit).size())) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private interface ThrowingAction {
        void run() throws Exception;
    }

    @Test
    void whenSignedAndCancelled_thenTheAuditLogHasTheSerialOfTheDefaultKeyAndTheCancel() throws Exception {
        List<JsonNode> signed = auditedDuring(() ->
                responseObject(call(commonUtils("createCAdESFromBase64", "PKCS12", "SIGNATURE", b64(DATA), true))));
        List<JsonNode> cancelled = auditedDuring(() -> {
            control.post("/unattended/next", "{\"answer\":\"cancel\"}");
            call(basicsSign(cmsArgs(b64(DATA), Map.of())));
        });

        assertThat(signed).anySatisfy(line -> {
            assertThat(line.path("origin").asText()).isEqualTo(WireClient.ORIGIN);
            assertThat(line.path("connection").asText()).isNotBlank();
            assertThat(line.path("module").asText()).isEqualTo(COMMON_UTILS);
            assertThat(line.path("method").asText()).isEqualTo("createCAdESFromBase64");
            assertThat(line.path("format").asText()).isEqualTo("CMS");
            assertThat(line.path("outcome").asText()).isEqualTo("signed");
            assertThat(line.path("certificateSerial").asText()).isEqualTo(fixture.rsaSerial);
        });
        assertThat(signed).noneSatisfy(line -> assertThat(line.toString()).contains(b64(DATA)));
        assertThat(cancelled).anySatisfy(line -> {
            assertThat(line.path("module").asText()).isEqualTo(BASICS);
            assertThat(line.path("method").asText()).isEqualTo("sign");
            assertThat(line.path("outcome").asText()).isEqualTo("cancelled");
            assertThat(line.path("format").asText()).isEqualTo("CMS");
        });
        assertThat(cancelled)
                .as("the request line says cancelled, not answered")
                .filteredOn(line -> line.path("format").isMissingNode())
                .extracting(line -> line.path("outcome").asText())
                .containsExactly("cancelled");
    }

    @Test
    void whenAFileIsQueuedAndChosen_thenBothFileMethodsSignItAndAnotherSocketCannotUseTheChoice() throws Exception {
        byte[] content = "a local file to sign".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(work.resolve("chosen.txt"), content);
        assertThat(control.post("/unattended/next", "{\"file\":" + JSON.writeValueAsString(file.toString()) + "}")
                        .status())
                .isEqualTo(200);

        JsonNode chosen = call(commonUtils("showFileChooser", "ALL", ""));
        byte[] cades =
                responseObject(call(commonUtils("createCAdESFromFile", "PKCS12", "SIGNATURE", file.toString(), true)));
        byte[] cmsT = responseObject(
                call(commonUtils("createCMSSignatureFromFile", "PKCS12", "SIGNATURE", file.toString(), false)));
        WireSocket other = client.connect();
        JsonNode elsewhere = WireClient.call(
                other, commonUtils("createCAdESFromFile", "PKCS12", "SIGNATURE", file.toString(), true));
        other.close();

        assertThat(chosen.path("responseObject").asText()).isEqualTo(file.toString());
        passed(fixture.verifyCms(cades, null));
        assertThat(new CMSSignedData(cades).getSignedContent().getContent()).isEqualTo(content);
        passed(fixture.verifyCms(cmsT, content));
        assertThat(new CMSSignedData(cmsT)
                        .getSignerInfos()
                        .getSigners()
                        .iterator()
                        .next()
                        .getUnsignedAttributes())
                .as("createCMSSignatureFromFile adds a signature timestamp")
                .isNotNull();
        assertThat(elsewhere.path("code").asText()).isEqualTo("500");
        assertThat(elsewhere.path("message").asText()).isNotBlank();
    }
}
