package kz.qoltanba.bridge.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON object per line. JSON keeps a hostile {@code Origin} header from forging lines. A failure to
 * write is logged and does not stop the request.
 *
 * <p>The file stays open between events (the bridge audits every request) and each line goes to the file in one
 * append as soon as it is recorded: nothing waits in a buffer, so nothing is lost when the process stops, however
 * it stops. Each line is still an append to whatever file has the name now: a file moved or deleted (log rotation)
 * is noticed at the next event and the name opened again.
 */
public final class FileAuditLog implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(FileAuditLog.class);

    private final Path file;
    private final JsonFactory json = new JsonFactory();
    private FileChannel channel;
    private Object openedFileKey;

    public FileAuditLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(AuditEvent event) {
        byte[] line = line(event);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line);
            FileChannel out = channel();
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            closeChannel();
            LOG.warn("Cannot write the audit log {}: {}", file, e.getMessage());
        }
    }

    private byte[] line(AuditEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("time", event.time().toString());
            generator.writeStringField("origin", event.origin());
            if (event.connectionId() != null) {
                generator.writeStringField("connection", event.connectionId());
            }
            generator.writeStringField("module", event.module());
            generator.writeStringField("method", event.method());
            if (event.format() != null) {
                generator.writeStringField("format", event.format());
            }
            generator.writeStringField("outcome", event.outcome());
            generator.writeStringField("certificateSerial", event.certificateSerial());
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("an audit line could not be written to memory", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The open file, opened again when the name now points to another file or to none. */
    private FileChannel channel() throws IOException {
        Object current = currentFileKey();
        if (channel != null && current != null && current.equals(openedFileKey)) {
            return channel;
        }
        closeChannel();
        Files.createDirectories(file.getParent());
        channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        openedFileKey = currentFileKey();
        return channel;
    }

    private Object currentFileKey() throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file; // no file keys on this system: trust the open file
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing the audit log {} failed: {}", file, e.getMessage());
            }
        }
        channel = null;
        openedFileKey = null;
    }
}
