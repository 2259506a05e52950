package kz.qoltanba.bundle.nursign.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A {@code multipart/form-data} body (RFC 7578) of text fields and at most one file, whose exact length is known
 * before sending so it can be streamed with a fixed {@code Content-Length}. The file is read from disk while
 * writing, in 64 KiB steps: memory does not depend on its size.
 */
final class MultipartForm {
    private static final int BUFFER = 64 * 1024;

    private final String boundary;
    private final byte[] head;
    private final Path file;
    private final long fileSize;
    private final byte[] tail;

    private MultipartForm(String boundary, byte[] head, Path file, long fileSize, byte[] tail) {
        this.boundary = boundary;
        this.head = head;
        this.file = file;
        this.fileSize = fileSize;
        this.tail = tail;
    }

    /** The fields in order, then the file part {@code fileField} when {@code file} is not null. */
    static MultipartForm of(
            String boundary, LinkedHashMap<String, String> fields, String fileField, Path file, String fileName)
            throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(
                    head,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n");
        }
        long size = 0;
        String tail = "--" + boundary + "--\r\n";
        if (file != null) {
            size = Files.size(file);
            write(
                    head,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + quoted(fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            tail = "\r\n" + tail;
        }
        return new MultipartForm(boundary, head.toByteArray(), file, size, tail.getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    long length() {
        return head.length + fileSize + tail.length;
    }

    /** Writes the body; {@code fileBytesSent} gets the running count of file bytes written. */
    void writeTo(OutputStream out, LongConsumer fileBytesSent) throws IOException {
        out.write(head);
        if (file != null) {
            copyFile(out, fileBytesSent);
        }
        out.write(tail);
    }

    private void copyFile(OutputStream out, LongConsumer fileBytesSent) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long sent = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (sent < fileSize) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, fileSize - sent));
                if (n < 0) {
                    throw new FileChangedException("the file " + file + " became shorter while it was uploaded");
                }
                out.write(buffer, 0, n);
                sent += n;
                fileBytesSent.accept(sent);
            }
            if (in.read() >= 0) {
                throw new FileChangedException("the file " + file + " grew while it was uploaded");
            }
        }
    }

    /** UTF-8 file name with {@code "}, CR and LF percent-encoded, as browsers send it. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's size changed after the body's length was fixed: what was signed is not what would be sent. */
    static final class FileChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        FileChangedException(String message) {
            super(message);
        }
    }
}
