package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XmlSignerTest {
    static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<order xmlns=\"urn:example:order\"><!-- draft -->\r\n"
            + "  <item Id=\"item-1\"><name>Ноутбук</name><price>100</price></item>\r\n"
            + "  <item Id=\"item-2\"><name>Принтер</name><price>50</price></item>\r\n"
            + "  <signatures/>\n"
            + "</order>";

    private static KeyEntry rsa;
    private static KeyEntry gost;
    private final XmlSigner signer = XmlSigner.create();
    private final XmlSignatureVerifier verifier = XmlSignatureVerifier.create();

    @BeforeAll
    static void keys() throws Exception {
        rsa = XmlTestKeys.rsa("XML RSA signer");
        gost = XmlTestKeys.gost2015("XML GOST signer");
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenRsaSignsWholeDocument_thenSignatureAndReferenceVerify() throws Exception {
        byte[] signed = signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.wholeDocument());

        List<XmlSignatureCheck> checks = verifier.verify(signed);

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.valid()).isTrue();
            assertThat(check.signer()).contains(rsa.certificate());
            assertThat(check.signatureMethod()).isEqualTo(KeyAlgorithm.RSA.xmlSignatureUri());
            assertThat(check.references()).singleElement().satisfies(r -> {
                assertThat(r.uri()).isEmpty();
                assertThat(r.digestMethod()).isEqualTo(KeyAlgorithm.RSA.xmlDigestUri());
            });
        });
    }

    @Test
    void whenGost2015KeySigns_thenKazakhUrisAreUsedAndTheSignatureVerifies() throws Exception {
        byte[] signed = signer.sign(bytes(DOCUMENT), gost, XmlSignOptions.wholeDocument());

        XmlSignatureCheck check = verifier.verify(signed).get(0);

        assertThat(check.valid()).isTrue();
        assertThat(check.signer()).contains(gost.certificate());
        assertThat(check.signatureMethod()).isEqualTo(KeyAlgorithm.GOST2015_512.xmlSignatureUri());
        assertThat(check.references().get(0).digestMethod()).isEqualTo(KeyAlgorithm.GOST2015_512.xmlDigestUri());
    }

    @Test
    void whenSignedContentIsChanged_thenReferenceFailsButSignatureValueStillVerifies() throws Exception {
        String signed = signer.signToString(bytes(DOCUMENT), gost, XmlSignOptions.wholeDocument());

        XmlSignatureCheck check = verifier.verify(bytes(signed.replace("<price>100<", "<price>101<")))
                .get(0);

        assertThat(check.signatureValid()).isTrue();
        assertThat(check.referencesValid()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @Test
    void whenSignatureValueIsChanged_thenSignatureValueFails() throws Exception {
        String signed = signer.signToString(bytes(DOCUMENT), rsa, XmlSignOptions.wholeDocument());
        String value = signed.replaceAll("(?s).*<ds:SignatureValue>([^<]*)</ds:SignatureValue>.*", "$1");
        byte[] raw = java.util.Base64.getDecoder().decode(value);
        raw[10] ^= 1;
        String tampered = signed.replace(value, java.util.Base64.getEncoder().encodeToString(raw));

        XmlSignatureCheck check = verifier.verify(bytes(tampered)).get(0);

        assertThat(check.signatureValid()).isFalse();
        assertThat(check.referencesValid()).isTrue();
        assertThat(check.signer()).contains(rsa.certificate());
    }

    @Test
    void whenSigningById_thenOnlyThatElementIsCoveredAndSignatureSitsInside() throws Exception {
        String signed = signer.signToString(bytes(DOCUMENT), rsa, XmlSignOptions.byId("item-2"));

        assertThat(signed).containsPattern("<price>50</price><ds:Signature");
        XmlSignatureCheck check = verifier.verify(bytes(signed)).get(0);
        assertThat(check.valid()).isTrue();
        assertThat(check.references().get(0).uri()).isEqualTo("#item-2");
        assertThat(verifier.verify(bytes(signed.replace("<price>100<", "<price>999<")))
                        .get(0)
                        .valid())
                .isTrue();
        assertThat(verifier.verify(bytes(signed.replace("<price>50<", "<price>51<")))
                        .get(0)
                        .valid())
                .isFalse();
    }

    @Test
    void whenSigningByXPath_thenOnlyTheSelectedElementIsCovered() throws Exception {
        XmlSignOptions options = XmlSignOptions.byXPath("/o:order/o:item[2]")
                .withNamespaces(Map.of("o", "urn:example:order"))
                .withParentXPath("/o:order/o:signatures");

        String signed = signer.signToString(bytes(DOCUMENT), gost, options);

        assertThat(signed).contains("<signatures><ds:Signature");
        assertThat(verifier.verify(bytes(signed)).get(0).valid()).isTrue();
        assertThat(verifier.verify(bytes(signed.replace("<price>100<", "<price>999<")))
                        .get(0)
                        .valid())
                .isTrue();
        assertThat(verifier.verify(bytes(signed.replace("Принтер", "Сканер")))
                        .get(0)
                        .valid())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Canonicalization.class)
    void whenAnyCanonicalizationIsChosen_thenItIsUsedAndVerifies(Canonicalization c14n) throws Exception {
        byte[] signed =
                signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.wholeDocument().withCanonicalization(c14n));

        XmlSignatureCheck check = verifier.verify(signed).get(0);

        assertThat(check.valid()).isTrue();
        assertThat(check.canonicalizationMethod()).isEqualTo(c14n.uri());
        boolean commentsSigned = c14n.uri().endsWith("#WithComments");
        // URI="" drops comments whatever the transform says (XMLDSig §4.4.3.2), so a changed comment never breaks it
        assertThat(verifier.verify(bytes(new String(signed, StandardCharsets.UTF_8).replace("draft", "final")))
                        .get(0)
                        .valid())
                .as("comment change with %s (comments in transform: %s)", c14n, commentsSigned)
                .isTrue();
    }

    @Test
    void whenSecondSignerSignsASignedDocument_thenBothSignaturesVerify() throws Exception {
        byte[] once = signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.wholeDocument());
        byte[] twice = signer.sign(once, gost, XmlSignOptions.wholeDocument());

        List<XmlSignatureCheck> checks = verifier.verify(twice);

        assertThat(checks).hasSize(2).allSatisfy(c -> assertThat(c.valid()).isTrue());
        assertThat(checks.get(0).signer()).contains(rsa.certificate());
        assertThat(checks.get(1).signer()).contains(gost.certificate());
    }

    @Test
    void whenOtherSignaturesAreNotExcluded_thenALaterCoSignatureBreaksTheFirst() throws Exception {
        XmlSignOptions plain = XmlSignOptions.wholeDocument().withExcludeOtherSignatures(false);
        byte[] once = signer.sign(bytes(DOCUMENT), rsa, plain);
        assertThat(new String(once, StandardCharsets.UTF_8)).doesNotContain("xmldsig-filter2");

        List<XmlSignatureCheck> checks = verifier.verify(signer.sign(once, rsa, plain));

        assertThat(checks.get(0).referencesValid()).isFalse();
        assertThat(checks.get(1).valid()).isTrue();
    }

    @Test
    void whenSigned_thenOutputHasNoCarriageReturnArtefactsAndKeepsContent() throws Exception {
        byte[] signed =
                signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.wholeDocument().withChain(true));
        String text = new String(signed, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("&#13;").doesNotContain("\r");
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text).contains("<!-- draft -->", "<name>Ноутбук</name>");
        assertThat(text).containsPattern("<ds:SignatureValue>[A-Za-z0-9+/=]{300,}</ds:SignatureValue>");
    }

    @Test
    void whenIdIsMissingOrDuplicated_thenElementNotFound() {
        assertThatThrownBy(() -> signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.byId("nope")))
                .isInstanceOf(XmlElementNotFoundException.class)
                .hasMessageContaining("nope");
        byte[] duplicated = bytes("<a><b Id=\"x\"/><c Id=\"x\"/></a>");
        assertThatThrownBy(() -> signer.sign(duplicated, rsa, XmlSignOptions.byId("x")))
                .isInstanceOf(XmlElementNotFoundException.class)
                .hasMessageContaining("2 elements share the Id \"x\"");
    }

    @Test
    void whenXPathSelectsNothing_thenElementNotFound() {
        assertThatThrownBy(() -> signer.sign(bytes(DOCUMENT), rsa, XmlSignOptions.byXPath("//missing")))
                .isInstanceOf(XmlElementNotFoundException.class)
                .hasMessageContaining("selects 0 nodes");
    }

    @Test
    void whenDocumentHasNoSignature_thenNoChecks() throws Exception {
        assertThat(verifier.verify(bytes(DOCUMENT))).isEmpty();
    }
}
