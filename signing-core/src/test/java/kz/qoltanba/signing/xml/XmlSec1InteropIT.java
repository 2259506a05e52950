package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our RSA XMLDSig verified by xmlsec1 (libxmlsec1), and xmlsec1-made XMLDSig verified by us. */
class XmlSec1InteropIT {
    private static KeyEntry rsa;

    @TempDir
    Path dir;

    private final XmlSigner signer = XmlSigner.create();
    private Path certificate;

    @BeforeAll
    static void key() throws Exception {
        rsa = XmlTestKeys.rsa("xmlsec1 interop");
    }

    @BeforeEach
    void requireXmlsec1() throws Exception {
        XmlSecTool.requireInstalled();
        certificate = Files.writeString(
                dir.resolve("signer.pem"), pem("CERTIFICATE", rsa.certificate().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private XmlSecTool.Result xmlsec1Verify(byte[] signed, String... extra) throws Exception {
        Path file = Files.write(dir.resolve("signed.xml"), signed);
        List<String> arguments = new ArrayList<>(List.of("--verify", "--trusted-pem", XmlSecTool.path(certificate)));
        arguments.addAll(List.of(extra));
        arguments.add(XmlSecTool.path(file));
        return XmlSecTool.run(arguments);
    }

    @ParameterizedTest
    @EnumSource(Canonicalization.class)
    void whenWeSignTheWholeDocument_thenXmlsec1VerifiesIt(Canonicalization c14n) throws Exception {
        byte[] signed = signer.sign(
                XmlSignerTest.DOCUMENT.getBytes(StandardCharsets.UTF_8),
                rsa,
                XmlSignOptions.wholeDocument().withCanonicalization(c14n));

        XmlSecTool.Result result = xmlsec1Verify(signed);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK");
    }

    @Test
    void whenWeSignInTheKalkanShape_thenXmlsec1VerifiesIt() throws Exception {
        byte[] signed = signer.sign(
                XmlSignerTest.DOCUMENT.getBytes(StandardCharsets.UTF_8),
                rsa,
                XmlSignOptions.wholeDocument()
                        .withCanonicalization(Canonicalization.INCLUSIVE_WITH_COMMENTS)
                        .withExcludeOtherSignatures(false));

        XmlSecTool.Result result = xmlsec1Verify(signed);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void whenWeSignById_thenXmlsec1VerifiesItAndRejectsATamperedCopy() throws Exception {
        String signed = signer.signToString(
                XmlSignerTest.DOCUMENT.getBytes(StandardCharsets.UTF_8), rsa, XmlSignOptions.byId("item-1"));
        String[] idAttribute = {"--id-attr:Id", "urn:example:order:item"};

        XmlSecTool.Result good = xmlsec1Verify(signed.getBytes(StandardCharsets.UTF_8), idAttribute);
        XmlSecTool.Result bad =
                xmlsec1Verify(signed.replace("<price>100<", "<price>1<").getBytes(StandardCharsets.UTF_8), idAttribute);

        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(bad.exitCode()).as(bad.output()).isNotZero();
    }

    @Test
    void whenWeSignByXPath_thenXmlsec1VerifiesIt() throws Exception {
        byte[] signed = signer.sign(
                XmlSignerTest.DOCUMENT.getBytes(StandardCharsets.UTF_8),
                rsa,
                XmlSignOptions.byXPath("/o:order/o:item[2]")
                        .withNamespaces(Map.of("o", "urn:example:order"))
                        .withCanonicalization(Canonicalization.INCLUSIVE));

        XmlSecTool.Result result = xmlsec1Verify(signed);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void whenTwoOfOurSignaturesAreOnADocument_thenXmlsec1VerifiesTheFirstOne() throws Exception {
        byte[] once = signer.sign(
                XmlSignerTest.DOCUMENT.getBytes(StandardCharsets.UTF_8), rsa, XmlSignOptions.wholeDocument());
        byte[] twice = signer.sign(once, rsa, XmlSignOptions.wholeDocument());

        XmlSecTool.Result result = xmlsec1Verify(twice);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void whenXmlsec1SignsATemplate_thenWeVerifyItAndATamperedCopyFails() throws Exception {
        Path key = Files.writeString(
                dir.resolve("key.pem"), pem("PRIVATE KEY", rsa.privateKey().getEncoded()));
        Path template = Files.writeString(dir.resolve("template.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <payment xmlns="urn:example:payment"><amount currency="KZT">1500</amount>\
                <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>\
                <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>\
                <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>\
                <Reference URI=""><Transforms>\
                <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>\
                <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></Transforms>\
                <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference>\
                </SignedInfo><SignatureValue/><KeyInfo><X509Data/></KeyInfo></Signature></payment>
                """);
        Path output = dir.resolve("xmlsec1-signed.xml");

        XmlSecTool.Result result = XmlSecTool.run(
                "--sign",
                "--privkey-pem",
                XmlSecTool.path(key) + "," + XmlSecTool.path(certificate),
                "--output",
                XmlSecTool.path(output),
                XmlSecTool.path(template));
        assertThat(result.exitCode()).as(result.output()).isZero();
        String signed = Files.readString(output, StandardCharsets.UTF_8);

        XmlSignatureVerifier verifier = XmlSignatureVerifier.create();
        XmlSignatureCheck check =
                verifier.verify(signed.getBytes(StandardCharsets.UTF_8)).get(0);
        XmlSignatureCheck tampered = verifier.verify(
                        signed.replace(">1500<", ">15000<").getBytes(StandardCharsets.UTF_8))
                .get(0);

        assertThat(check.valid()).isTrue();
        X509Certificate embedded = check.signer().orElseThrow();
        assertThat(embedded).isEqualTo(rsa.certificate());
        assertThat(tampered.referencesValid()).isFalse();
    }
}
