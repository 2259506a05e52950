package kz.qoltanba.bridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {
    @TempDir
    Path home;

    @Test
    void whenEventsAreRecorded_thenOneJsonLineEachEvenForAHostileOrigin() throws Exception {
        Path file = home.resolve("logs/audit.log");
        FileAuditLog log = new FileAuditLog(file);
        Instant time = Instant.parse("2026-11-22T10:00:00Z");

        log.record(new AuditEvent(
                time, "https://evil\n{\"forged\":true}", null, null, "refused: origin not allowed", null));
        log.record(new AuditEvent(time, "https://egov.kz", "kz.gov.pki.knca.basics", "sign", "answered", "0a1b"));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.path("time").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(second.path("module").asText()).isEqualTo("kz.gov.pki.knca.basics");
        assertThat(second.path("method").asText()).isEqualTo("sign");
        assertThat(second.path("outcome").asText()).isEqualTo("answered");
        assertThat(second.path("certificateSerial").asText()).isEqualTo("0a1b");
        assertThat(new ObjectMapper().readTree(lines.get(0)).path("origin").asText())
                .contains("\n");
    }

    @Test
    void whenTheFileIsMovedOrDeleted_thenTheNextEventStartsANewFileUnderTheName() throws Exception {
        Path file = home.resolve("logs/audit.log");
        FileAuditLog log = new FileAuditLog(file);
        Instant time = Instant.parse("2026-11-22T10:00:00Z");

        log.record(new AuditEvent(time, "https://egov.kz", "m", "first", "answered", null));
        Path rotated = home.resolve("logs/audit.log.1");
        Files.move(file, rotated);
        log.record(new AuditEvent(time, "https://egov.kz", "m", "second", "answered", null));
        log.record(new AuditEvent(time, "https://egov.kz", "m", "third", "answered", null));
        Files.delete(file);
        log.record(new AuditEvent(time, "https://egov.kz", "m", "fourth", "answered", null));

        assertThat(methods(rotated)).containsExactly("first");
        assertThat(methods(file)).containsExactly("fourth");
    }

    @Test
    void whenAnEventIsRecorded_thenItIsInTheFileAtOnceWithAbsentFieldsAsNull() throws Exception {
        Path file = home.resolve("logs/audit.log");
        FileAuditLog log = new FileAuditLog(file);

        log.record(new AuditEvent(Instant.parse("2026-11-22T10:00:00Z"), "https://egov.kz", null, null, "x", null));

        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(file).get(0));
        assertThat(line.has("module")).isTrue();
        assertThat(line.get("module").isNull()).isTrue();
        assertThat(line.get("certificateSerial").isNull()).isTrue();
    }

    private static List<String> methods(Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        return Files.readAllLines(file).stream()
                .map(line -> {
                    try {
                        return mapper.readTree(line).path("method").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
