package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSignatureVerifierTest {
    private static KeyEntry rsa;
    private static KeyEntry gost;
    private final XmlSignatureVerifier verifier = XmlSignatureVerifier.create();

    @BeforeAll
    static void keys() throws Exception {
        rsa = XmlTestKeys.rsa("verifier RSA");
        gost = XmlTestKeys.gost2015("verifier GOST");
    }

    private static String sign(KeyEntry key, XmlSignOptions options) throws Exception {
        return XmlSigner.create().signToString("<doc><v>1</v></doc>".getBytes(StandardCharsets.UTF_8), key, options);
    }

    private List<XmlSignatureCheck> verify(String xml) throws Exception {
        return verifier.verify(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whenKeyInfoCarriesTheChain_thenAllAreEmbeddedAndTheVerifyingOneIsTheSigner() throws Exception {
        KeyEntry withChain = new KeyEntry(
                "chain", rsa.privateKey(), rsa.certificate(), List.of(rsa.certificate(), gost.certificate()), null);

        XmlSignatureCheck full = verify(
                        sign(withChain, XmlSignOptions.wholeDocument().withChain(true)))
                .get(0);
        XmlSignatureCheck single =
                verify(sign(withChain, XmlSignOptions.wholeDocument())).get(0);

        assertThat(full.embedded()).containsExactly(rsa.certificate(), gost.certificate());
        assertThat(full.signer()).contains(rsa.certificate());
        assertThat(full.valid()).isTrue();
        assertThat(single.embedded()).containsExactly(rsa.certificate());
    }

    @Test
    void whenKeyInfoHoldsAnotherCertificate_thenSignatureValueFailsAndThatCertificateIsReported() throws Exception {
        String signed = sign(gost, XmlSignOptions.wholeDocument());
        String other = sign(XmlTestKeys.gost2015("someone else"), XmlSignOptions.wholeDocument());
        String swapped = signed.replaceAll("(?s)<ds:KeyInfo.*</ds:KeyInfo>", "")
                .replace(
                        "</ds:Signature>",
                        other.replaceAll("(?s).*(<ds:KeyInfo.*</ds:KeyInfo>).*", "$1") + "</ds:Signature>");

        XmlSignatureCheck check = verify(swapped).get(0);

        assertThat(check.signatureValid()).isFalse();
        assertThat(check.signer()).isPresent().get().isNotEqualTo(gost.certificate());
    }

    @Test
    void whenKeyInfoIsAbsent_thenNoSignerAndNotValid() throws Exception {
        String signed = sign(rsa, XmlSignOptions.wholeDocument()).replaceAll("(?s)<ds:KeyInfo.*</ds:KeyInfo>", "");

        XmlSignatureCheck check = verify(signed).get(0);

        assertThat(check.signer()).isEmpty();
        assertThat(check.signatureValid()).isFalse();
        assertThat(check.referencesValid()).isTrue();
    }

    @Test
    void whenReferencePointsToALocalFileWithTheSignedContent_thenTheReferenceStillFails(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("data.xml"), "<doc><v>1</v></doc>");
        String signed = sign(rsa, XmlSignOptions.wholeDocument().withExcludeOtherSignatures(false))
                .replace("URI=\"\"", "URI=\"" + file.toUri() + "\"");

        XmlSignatureCheck check = verify(signed).get(0);

        assertThat(check.references().get(0).uri()).startsWith("file:");
        assertThat(check.referencesValid()).isFalse();
    }

    @Test
    void whenSignatureMethodIsUnknown_thenUnsupportedAlgorithm() throws Exception {
        String signed = sign(rsa, XmlSignOptions.wholeDocument())
                .replace("xmldsig-more#rsa-sha256", "xmldsig-more#ecdsa-sha3-256");

        assertThatThrownBy(() -> verify(signed))
                .isInstanceOf(UnsupportedAlgorithmException.class)
                .hasMessageContaining("ecdsa-sha3-256");
    }

    @Test
    void whenSignatureStructureIsBroken_thenMalformedInput() {
        String broken = "<doc><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></doc>";

        assertThatThrownBy(() -> verify(broken)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenTwoElementsShareTheSignedId_thenTheReferenceFails() throws Exception {
        String signed = XmlSigner.create()
                .signToString(
                        "<doc><a Id=\"x\">1</a><b>2</b></doc>".getBytes(StandardCharsets.UTF_8),
                        rsa,
                        XmlSignOptions.byId("x").withParentXPath("/doc/b"));
        String wrapped = signed.replace("<b>2", "<c Id=\"x\">evil</c><b>2");

        assertThat(verify(signed).get(0).valid()).isTrue();
        assertThat(verify(wrapped).get(0).referencesValid()).isFalse();
    }
}
