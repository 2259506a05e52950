package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeAttachmentsTest {

    @Test
    void whenThePayloadDescribesFiles_thenEachBecomesAnAttachmentWithItsRole() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", "REFUSED");
        payload.put("protocol", Map.of("name", "protocol.pdf", "size", 183422, "sha256", "ab12"));
        payload.put("scan", Map.of("name", "scan.pdf", "size", 10L, "sha256", "cd34"));
        payload.put("reasons", List.of("no licence"));

        assertThat(DefaultSigningPipeline.attachments(payload))
                .containsExactly(
                        Map.of("role", "PROTOCOL", "name", "protocol.pdf", "size", 183422L, "sha256", "ab12"),
                        Map.of("role", "SCAN", "name", "scan.pdf", "size", 10L, "sha256", "cd34"));
    }

    @Test
    void whenAnEntryLacksAFileField_thenItIsNoAttachment() {
        Map<String, Object> payload = Map.of(
                "product", Map.of("name", "Кресло", "size", 3),
                "note", Map.of("name", "x", "size", "big", "sha256", "ef"));

        assertThat(DefaultSigningPipeline.attachments(payload)).isEmpty();
    }

    @Test
    void whenFilesAreNested_thenEachIsFoundWithTheNearestKeyAsRole() {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("nameRu", "Слуховой аппарат");
        product.put("images", List.of(Map.of("name", "aid.png", "size", 9, "sha256", "a1")));
        product.put(
                "quality",
                List.of(Map.of("kind", "CERTIFICATE", "file", Map.of("name", "c.pdf", "size", 5, "sha256", "b2"))));
        Map<String, Object> payload =
                Map.of("organisation", Map.of("bin", "180540012345"), "products", List.of(product));

        assertThat(DefaultSigningPipeline.attachments(payload))
                .containsExactly(
                        Map.of("role", "IMAGES", "name", "aid.png", "size", 9L, "sha256", "a1"),
                        Map.of("role", "FILE", "name", "c.pdf", "size", 5L, "sha256", "b2"));
    }
}
