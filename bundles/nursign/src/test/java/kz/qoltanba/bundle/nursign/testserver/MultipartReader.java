package kz.qoltanba.bundle.nursign.testserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A streaming {@code multipart/form-data} reader for the test portal: each part's body goes to a sink chosen from
 * its headers, so a file part of any size is never held in memory. Strict: malformed input is an exception.
 */
final class MultipartReader {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** A part's headers; {@code fileName} is null for a text field. */
    record PartHeader(String name, String fileName, Map<String, String> headers) {}

    interface Sink {
        OutputStream open(PartHeader header) throws IOException;
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;

    MultipartReader(InputStream in, String contentType) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (contentType == null || !contentType.startsWith("multipart/form-data") || !boundary.find()) {
            throw new IOException("not multipart/form-data with a boundary: " + contentType);
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads every part into the sinks; fails on anything that is not well-formed. */
    void readAll(Sink sink) throws IOException {
        skipPreamble();
        while (true) {
            String after = line();
            if (after.equals("--")) {
                return;
            }
            if (!after.isEmpty()) {
                throw new IOException("unexpected text after a boundary: " + after);
            }
            PartHeader header = header();
            try (OutputStream out = sink.open(header)) {
                copyUntilDelimiter(out);
            }
        }
    }

    private void skipPreamble() throws IOException {
        // The body starts with "--boundary" (the delimiter without its leading CRLF).
        for (int i = 2; i < delimiter.length; i++) {
            if (read() != delimiter[i]) {
                throw new IOException("the body does not start with the boundary");
            }
        }
    }

    private PartHeader header() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed part header: " + line);
            }
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        String disposition = headers.getOrDefault("content-disposition", "");
        Matcher name = NAME.matcher(disposition);
        if (!disposition.startsWith("form-data") || !name.find()) {
            throw new IOException("part without Content-Disposition: form-data; name=…: " + disposition);
        }
        Matcher fileName = FILE_NAME.matcher(disposition);
        return new PartHeader(name.group(1), fileName.find() ? fileName.group(1) : null, headers);
    }

    /** A header line in UTF-8 (file names are sent as raw UTF-8), without its CRLF. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = read(); ; b = read()) {
            if (b < 0) {
                throw new IOException("the body ended inside a header line");
            }
            if (b == '\r') {
                if (read() != '\n') {
                    throw new IOException("a header line does not end with CRLF");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
            if (line.size() > 8192) {
                throw new IOException("header line too long");
            }
        }
    }

    /**
     * Copies a part's body up to the next delimiter. The delimiter starts with CR, which occurs nowhere else in
     * it, so runs without CR are copied in bulk and a failed match restarts only at a CR.
     */
    private void copyUntilDelimiter(OutputStream out) throws IOException {
        int matched = 0;
        while (matched < delimiter.length) {
            if (matched == 0) {
                if (pos == limit && !fill()) {
                    throw new IOException("the body ended inside a part (no closing boundary)");
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\r') {
                    pos++;
                }
                out.write(buffer, start, pos - start);
                if (pos < limit) {
                    pos++;
                    matched = 1;
                }
                continue;
            }
            int b = read();
            if (b < 0) {
                throw new IOException("the body ended inside a part (no closing boundary)");
            }
            if (b == delimiter[matched]) {
                matched++;
                continue;
            }
            out.write(delimiter, 0, matched);
            matched = b == '\r' ? 1 : 0;
            if (matched == 0) {
                out.write(b);
            }
        }
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = Math.max(0, in.read(buffer));
        return limit > 0;
    }
}
