package kz.qoltanba.bridge.js;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published NCALayer client {@code ncalayer-js-client} (npm, version {@link JsTools#CLIENT_VERSION}), loaded as
 * a classic script in headless Chromium, against the bridge in unattended mode; every signature it receives is
 * verified by signing-core and by OpenSSL or xmlsec1.
 */
class NcaLayerJsClientIT {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path folder;

    private static BrowserBridge stand;
    private static SignatureChecks checks;

    @BeforeAll
    static void start() throws Exception {
        stand = BrowserBridge.start(folder);
        checks = new SignatureChecks(stand, folder.resolve("out"));
    }

    @AfterAll
    static void stop() {
        if (stand != null) {
            stand.close();
        }
    }

    private static byte[] randomData() {
        byte[] data = new byte[300 + RANDOM.nextInt(700)];
        RANDOM.nextBytes(data);
        return data;
    }

    private static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private static String signerSerial(ValidationReport report) {
        return report.signers().get(0).certificateInfo().orElseThrow().serialNumber();
    }

    private static JsonNode ok(BrowserBridge.Call call) {
        assertThat(call.ok()).as("the client rejected: %s", call.error()).isTrue();
        return call.value();
    }

    @Test
    void whenConnecting_thenTheClientResolvesTheGreetingVersion() throws Exception {
        assertThat(ok(stand.call("connect")).asText()).isEqualTo("1.4");
    }

    @Test
    void whenAskingForActiveTokens_thenAListOfHardwareStoragesWithoutFileStorageComes() throws Exception {
        JsonNode tokens = ok(stand.call("getActiveTokens"));

        assertThat(tokens.isArray()).isTrue();
        tokens.forEach(t -> assertThat(t.asText()).isNotIn("PKCS12", "JKS"));
    }

    @Test
    void whenAskingForKeyInfo_thenTheDefaultKeysCertificateAndSerialCome() throws Exception {
        JsonNode info = ok(stand.call("getKeyInfo", "PKCS12"));

        assertThat(info.get("serialNumber").asText()).isEqualTo(stand.keys.serial(Persona.LEGAL_HEAD));
        for (String field : new String[] {
            "alias",
            "keyId",
            "algorithm",
            "subjectCn",
            "subjectDn",
            "issuerCn",
            "issuerDn",
            "serialNumber",
            "certNotBefore",
            "certNotAfter",
            "authorityKeyIdentifier",
            "pem"
        }) {
            assertThat(info.has(field)).as("getKeyInfo field %s", field).isTrue();
        }
        X509Certificate pem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(info.get("pem").asText().getBytes(StandardCharsets.US_ASCII)));
        assertThat(pem.getSerialNumber().toString(16)).isEqualTo(stand.keys.serial(Persona.LEGAL_HEAD));
        assertThat(Long.parseLong(info.get("certNotBefore").asText()))
                .isEqualTo(pem.getNotBefore().getTime());
    }

    @Test
    void whenCreatingAttachedCades_thenCmsCarriesTheDataAndVerifies() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call("createCAdESFromBase64", "PKCS12", b64(data), "SIGNATURE", true))
                .asText();

        ValidationReport report = checks.verifyCms(cms, Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        assertThat(signerSerial(report)).isEqualTo(stand.keys.serial(Persona.LEGAL_HEAD));
    }

    @Test
    void whenCreatingDetachedCades_thenItVerifiesOnlyWithTheData() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call("createCAdESFromBase64", "PKCS12", b64(data), "SIGNATURE", false))
                .asText();

        checks.verifyCms(cms, Optional.of(data));
        byte[] other = data.clone();
        other[0] ^= 1;
        assertThat(kz.qoltanba.signing.validation.CmsVerifier.create()
                        .verify(
                                SignatureChecks.der(cms),
                                Optional.of(new ByteArrayInputStream(other)),
                                stand.keys.verification())
                        .indication())
                .isNotEqualTo(kz.qoltanba.signing.validation.Indication.TOTAL_PASSED);
    }

    @Test
    void whenAuthenticationKeyRequested_thenTheAuthenticationKeySigns() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call("createCAdESFromBase64", "PKCS12", b64(data), "AUTHENTICATION", false))
                .asText();

        assertThat(signerSerial(checks.verifyCms(cms, Optional.of(data))))
                .isEqualTo(stand.keys.serial(Persona.INDIVIDUAL_AUTH));
    }

    @Test
    void whenCreatingCmsSignature_thenItCarriesATimestampFromTheLocalTsa() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call("createCMSSignatureFromBase64", "PKCS12", b64(data), "SIGNATURE", true))
                .asText();

        ValidationReport report = checks.verifyCms(cms, Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        SignatureChecks.assertTimestamped(report);
    }

    @Test
    void whenSigningAHash_thenTheSignatureVerifiesOverTheOriginalData() throws Exception {
        byte[] data = randomData();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);

        String cms = ok(stand.call("createCAdESFromBase64Hash", "PKCS12", b64(hash), "SIGNATURE"))
                .asText();

        checks.verifyCms(cms, Optional.of(data));
    }

    @Test
    void whenSigningXml_thenXmlsecAcceptsIt() throws Exception {
        String xml = "<order><id>" + RANDOM.nextLong() + "</id><sum>100</sum></order>";

        String signed =
                ok(stand.call("signXml", "PKCS12", xml, "SIGNATURE", "", "")).asText();

        assertThat(signed).contains("<id>").contains("Signature");
        checks.verifyXml(signed);
    }

    @Test
    void whenSigningAnElementByXPath_thenTheSignatureSitsWhereAskedAndCoversOnlyThatElement() throws Exception {
        String xml = "<doc><head>h</head><body><item>" + RANDOM.nextInt(1000) + "</item></body></doc>";

        String signed = ok(stand.call("signXml", "PKCS12", xml, "SIGNATURE", "/doc/body", "/doc/head"))
                .asText();

        assertThat(signed).containsPattern("<head>h<(ds:)?Signature");
        checks.verifyXml(signed);
        checks.verifyXml(signed.replace("<head>h<", "<head>changed<"));
        assertThat(checks.xmlPasses(signed.replaceFirst("<item>\\d+</item>", "<item>x</item>")))
                .isFalse();
    }

    @Test
    void whenSigningSeveralXmls_thenEachIsSignedAndAccepted() throws Exception {
        String[] xmls = {"<a>" + RANDOM.nextLong() + "</a>", "<b><c>" + RANDOM.nextLong() + "</c></b>"};

        JsonNode signed = ok(stand.call("signXmls", "PKCS12", xmls, "SIGNATURE", "", ""));

        assertThat(signed.size()).isEqualTo(2);
        assertThat(signed.get(0).asText()).contains(xmls[0].substring(3, 10));
        assertThat(signed.get(1).asText()).contains(xmls[1].substring(6, 13));
        checks.verifyXml(signed.get(0).asText());
        checks.verifyXml(signed.get(1).asText());
    }

    @Test
    void whenBasicsSignsOneDocumentAttached_thenOneTimestampedCmsComes() throws Exception {
        byte[] data = randomData();

        JsonNode result = ok(stand.call(
                "basicsSignCMS",
                "!!basicsStoragePKCS12",
                b64(data),
                "!!basicsCMSParamsAttached",
                "!!basicsSignerSignAny"));

        assertThat(result.isTextual()).isTrue();
        ValidationReport report = checks.verifyCms(result.asText(), Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        SignatureChecks.assertTimestamped(report);
    }

    @Test
    void whenBasicsSignsAnArray_thenOneVerifiedCmsPerDocument() throws Exception {
        byte[][] documents = {randomData(), randomData(), randomData()};
        String[] base64 = {b64(documents[0]), b64(documents[1]), b64(documents[2])};

        JsonNode result = ok(stand.call(
                "basicsSignCMS", "!!basicsStoragePKCS12", base64, "!!basicsCMSParamsAttached", "!!basicsSignerAny"));

        assertThat(result.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            checks.verifyCms(result.get(i).asText(), Optional.empty());
            assertThat(checks.lastContent()).isEqualTo(documents[i]);
        }
    }

    @Test
    void whenBasicsSignsDetachedWithoutTimestamp_thenTheCmsVerifiesWithTheData() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call(
                        "basicsSignCMS",
                        "!!basicsStoragePKCS12",
                        b64(data),
                        "!!basicsCMSParamsDetachedNoTSP",
                        "!!basicsSignerSignAny"))
                .asText();

        ValidationReport report = checks.verifyCms(cms, Optional.of(data));
        assertThat(report.signers().get(0).timestampTime()).isEmpty();
    }

    @Test
    void whenBasicsSignsDetachedWithTimestamp_thenTheLocalTsaTimestampVerifies() throws Exception {
        byte[] data = randomData();

        String cms = ok(stand.call(
                        "basicsSignCMS",
                        "!!basicsStoragePKCS12",
                        b64(data),
                        "!!basicsCMSParamsDetached",
                        "!!basicsSignerSignAny"))
                .asText();

        SignatureChecks.assertTimestamped(checks.verifyCms(cms, Optional.of(data)));
    }

    @Test
    void whenBasicsSignsXml_thenXmlsecAcceptsIt() throws Exception {
        String xml = "<payment><n>" + RANDOM.nextLong() + "</n></payment>";

        JsonNode result = ok(stand.call(
                "basicsSignXML", "!!basicsStoragePKCS12", xml, "!!basicsXMLParams", "!!basicsSignerSignAny"));

        String signed = result.isArray() ? result.get(0).asText() : result.asText();
        checks.verifyXml(signed);
    }

    @Test
    void whenChangingLocale_thenItResolvesAndAWrongArgumentIsRejected() throws Exception {
        assertThat(stand.call("changeLocale", "kk").ok()).isTrue();
        assertThat(stand.call("changeLocale", "en").ok()).isTrue();

        BrowserBridge.Call wrong = stand.call("changeLocale", 2);

        assertThat(wrong.ok()).isFalse();
        assertThat(wrong.error()).contains("500").contains("argument type mismatch. Method: changeLocale");
    }

    @Test
    void whenTheUserCancels_thenCommonUtilsRejectsAndBasicsReportsCancelledByUser() throws Exception {
        stand.queue("{\"answer\":\"cancel\"}");
        BrowserBridge.Call common = stand.call("createCAdESFromBase64", "PKCS12", b64(randomData()), "SIGNATURE", true);
        stand.queue("{\"answer\":\"cancel\"}");
        BrowserBridge.Call basics = stand.call(
                "basicsSignCMS", "!!basicsStoragePKCS12", b64(randomData()), "!!basicsCMSParams", "!!basicsSignerAny");

        assertThat(common.ok()).isFalse();
        assertThat(common.error()).contains("500: action.canceled");
        assertThat(basics.ok()).isFalse();
        assertThat(basics.canceled()).isTrue();
    }

    @Test
    void whenTheUserGivesAWrongPassword_thenTheCallRejectsWithTheWrongPasswordFormAndTheNextCallSigns()
            throws Exception {
        stand.queue("{\"answer\":\"wrong-password\"}");
        BrowserBridge.Call common = stand.call("createCAdESFromBase64", "PKCS12", b64(randomData()), "SIGNATURE", true);
        stand.queue("{\"answer\":\"wrong-password\"}");
        BrowserBridge.Call basics = stand.call(
                "basicsSignCMS",
                "!!basicsStoragePKCS12",
                b64(randomData()),
                "!!basicsCMSParamsAttached",
                "!!basicsSignerSignAny");
        byte[] data = randomData();
        String cms = ok(stand.call("createCAdESFromBase64", "PKCS12", b64(data), "SIGNATURE", true))
                .asText();

        assertThat(common.ok()).isFalse();
        assertThat(common.canceled()).isFalse();
        assertThat(common.error()).contains("500: wrong password");
        assertThat(basics.ok()).isFalse();
        assertThat(basics.canceled()).isFalse();
        assertThat(basics.error()).contains("SIGNING_FAILURE: wrong password");
        ValidationReport report = checks.verifyCms(cms, Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        assertThat(signerSerial(report)).isEqualTo(stand.keys.serial(Persona.LEGAL_HEAD));
    }

    @Test
    void whenAKeyOtherThanTheDefaultIsQueued_thenItSignsAndTheLogNamesItsSerial() throws Exception {
        String chosenSerial = stand.keys.serial(Persona.INDIVIDUAL_SIGN);
        assertThat(chosenSerial)
                .as("the queued key must not be the one signing requests get by default")
                .isNotEqualTo(stand.keys.serial(Persona.LEGAL_HEAD));
        int logged = stand.unattendedLog().size();
        byte[] data = randomData();

        stand.queue("{\"key\":\"person-sign.p12\"}");
        String cms = ok(stand.call("createCAdESFromBase64", "PKCS12", b64(data), "SIGNATURE", true))
                .asText();

        ValidationReport report = checks.verifyCms(cms, Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        assertThat(signerSerial(report)).isEqualTo(chosenSerial);
        List<JsonNode> answers = new ArrayList<>();
        stand.unattendedLog().forEach(answers::add);
        assertThat(answers.subList(logged, answers.size()))
                .filteredOn(e -> e.path("type").asText().equals("answer"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("question").asText()).isEqualTo("key");
                    assertThat(e.path("answer").asText()).isEqualTo("key");
                    assertThat(e.path("key").asText()).isEqualTo("person-sign.p12");
                    assertThat(e.path("serialNumber").asText()).isEqualTo(chosenSerial);
                });
    }

    @Test
    void whenALogoIsSetForBasics_thenItReachesTheBridgeAndTheSignatureStillVerifies() throws Exception {
        byte[] data = randomData();
        BrowserBridge.Call notAnImage;
        String cms;
        try {
            ok(stand.call("setLogoForBasicsSign", b64(logoPng())));
            cms = ok(stand.call(
                            "basicsSignCMS",
                            "!!basicsStoragePKCS12",
                            b64(data),
                            "!!basicsCMSParamsAttached",
                            "!!basicsSignerSignAny"))
                    .asText();
            ok(stand.call("setLogoForBasicsSign", b64("not an image".getBytes(StandardCharsets.US_ASCII))));
            notAnImage = stand.call(
                    "basicsSignCMS",
                    "!!basicsStoragePKCS12",
                    b64(randomData()),
                    "!!basicsCMSParamsAttached",
                    "!!basicsSignerSignAny");
        } finally {
            // an empty logo is not sent, so the other tests' requests stay without one
            stand.call("setLogoForBasicsSign", "");
        }

        checks.verifyCms(cms, Optional.empty());
        assertThat(checks.lastContent()).isEqualTo(data);
        assertThat(notAnImage.ok())
                .as("the bridge saw the logo the client set, so it refused one that is not an image")
                .isFalse();
        assertThat(notAnImage.error()).contains("INVOCATION_ERROR").contains("'logo' is not a PNG");
    }

    /** A small PNG, as a page's logo. */
    private static byte[] logoPng() throws Exception {
        BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, y < 8 ? 0x00AFCA : 0xFEC50C);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
