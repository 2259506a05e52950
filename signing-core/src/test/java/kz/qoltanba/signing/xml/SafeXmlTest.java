package kz.qoltanba.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.UnsafeXmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SafeXmlTest {
    private static final Duration FAST = Duration.ofSeconds(2);

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenBillionLaughsIsParsed_thenRefusedFastAsUnsafe() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">\n");
        }
        byte[] bomb = bytes(dtd + "]>\n<lolz>&lol9;</lolz>");

        assertTimeoutPreemptively(
                FAST,
                () -> assertThatThrownBy(() -> SafeXml.parse(bomb))
                        .isInstanceOf(UnsafeXmlException.class)
                        .hasMessageContaining("DOCTYPE"));
    }

    @Test
    void whenExternalEntityPointsToALocalFile_thenRefusedAndTheFileIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        byte[] xxe = bytes(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>" + "<r>&x;</r>");

        assertTimeoutPreemptively(
                FAST,
                () -> assertThatThrownBy(() -> SafeXml.parse(xxe))
                        .isInstanceOf(UnsafeXmlException.class)
                        .hasMessageNotContaining("TOP-SECRET-CONTENT"));
    }

    @Test
    void whenVerifyingADocumentWithADtd_thenTheVerifierRefusesItToo() {
        byte[] withDtd = bytes("<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\"><r/>");

        assertThatThrownBy(() -> XmlSignatureVerifier.create().verify(withDtd))
                .isInstanceOf(UnsafeXmlException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void whenXmlIsMalformed_thenMalformedInputWithPosition() {
        assertThatThrownBy(() -> SafeXml.parse(bytes("<a><b></a>")))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> SafeXml.parse(new byte[0])).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenXmlIsOrdinary_thenParsedNamespaceAwareAndWrittenBackUnchanged() throws Exception {
        String xml = "<p:a xmlns:p=\"urn:p\" x=\"1\"><!-- c --><p:b>text &amp; more</p:b><c/></p:a>";

        Document document = SafeXml.parse(bytes(xml));

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:p");
        assertThat(new String(SafeXml.serialize(document), StandardCharsets.UTF_8))
                .isEqualTo(xml);
    }

    @Test
    void whenInputHadADeclaration_thenAUtf8DeclarationIsWritten() throws Exception {
        Document document = SafeXml.parse("<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>\u0416</a>"
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));

        assertThat(new String(SafeXml.serialize(document), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\u0416</a>");
    }
}
