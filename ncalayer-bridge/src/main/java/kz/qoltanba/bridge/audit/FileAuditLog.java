package kz.qoltanba.bridge.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON object per line. JSON keeps a hostile {@code Origin} header from forging lines. A failure to
 * write is logged and does not stop the request.
 */
public final class FileAuditLog implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(FileAuditLog.class);

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public FileAuditLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(AuditEvent event) {
        ObjectNode line = mapper.createObjectNode()
                .put("time", event.time().toString())
                .put("origin", event.origin())
                .put("module", event.module())
                .put("method", event.method())
                .put("outcome", event.outcome())
                .put("certificateSerial", event.certificateSerial());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    mapper.writeValueAsString(line) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot write the audit log {}: {}", file, e.getMessage());
        }
    }
}
