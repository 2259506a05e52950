package kz.qoltanba.portal.procurement.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the NURSign file contract. The signing app calls these itself (no browser session): the
 * upload is authorised by its single-use token alone, so it needs no CSRF token.
 */
public final class FileEndpoints {
    public static final String CHECK_PATH = "/files/check_by_hash/";
    public static final String UPLOAD_PATH = "/files/upload";
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final long FORM_OVERHEAD = 1024L * 1024L;
    private static final int MAX_FIELD_BYTES = 512 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FileEndpoints.class);

    private final FileUploads uploads;
    private final long maxFileBytes;
    private final Path spool;
    private final ObjectMapper json = new ObjectMapper();

    /** @param spool where the servlet container parks multipart parts while the request is read */
    public FileEndpoints(FileUploads uploads, long maxFileBytes, Path spool) {
        this.uploads = uploads;
        this.maxFileBytes = maxFileBytes;
        this.spool = spool;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CHECK_PATH + "{sha256}", this::check);
        routes.post(UPLOAD_PATH, this::upload);
    }

    void check(Context ctx) {
        answer(ctx, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            Optional<StoredFile> stored = uploads.existing(ctx.pathParam("sha256"));
            body.put("exists", stored.isPresent());
            stored.ifPresent(f -> body.put("file_id", f.id()));
            return body;
        });
    }

    void upload(Context ctx) {
        answer(ctx, () -> {
            Collection<Part> parts = parts(ctx);
            UploadResult result = uploads.upload(new UnverifiedUpload(
                    field(parts, "token"), field(parts, "hash"), field(parts, "signature"), file(parts)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file_id", result.fileId());
            body.put("file_name", result.fileName());
            body.put("file_size", result.fileSize());
            return body;
        });
    }

    private Collection<Part> parts(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxFileBytes + FORM_OVERHEAD) {
            throw tooLarge();
        }
        String type = ctx.req().getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new UploadRefusedException(400, "NOT_MULTIPART", "the upload must be multipart/form-data");
        }
        ctx.req()
                .setAttribute(
                        MULTIPART_CONFIG,
                        new MultipartConfigElement(spool.toString(), maxFileBytes, maxFileBytes + FORM_OVERHEAD, 0));
        try {
            return ctx.req().getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (sizeExceeded(e)) {
                throw tooLarge();
            }
            throw new UploadRefusedException(
                    400, "MULTIPART_MALFORMED", "the multipart body cannot be read: " + e.getMessage());
        }
    }

    /** Whether the container gave up because the body passed its request size limit. */
    private static boolean sizeExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("max")
                    || message.contains("exceed")
                    || message.contains("too large")
                    || message.startsWith("413")) {
                return true;
            }
        }
        return false;
    }

    private UploadRefusedException tooLarge() {
        return new UploadRefusedException(
                413,
                "FILE_TOO_LARGE",
                "the file is larger than " + maxFileBytes + " bytes (" + maxFileBytes / (1024 * 1024)
                        + " MiB), the portal's limit");
    }

    private static String field(Collection<Part> parts, String name) {
        Part part =
                parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw new UploadRefusedException(400, "FIELD_TOO_LARGE", "the part '" + name + "' is too large");
            }
            return new String(bytes, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<UnverifiedUpload.IncomingFile> file(Collection<Part> parts) {
        return parts.stream()
                .filter(p -> p.getName().equals("file"))
                .findFirst()
                .map(p -> {
                    try {
                        return new UnverifiedUpload.IncomingFile(p.getSubmittedFileName(), p.getInputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private void answer(Context ctx, java.util.function.Supplier<Map<String, Object>> work) {
        Map<String, Object> body;
        try {
            body = work.get();
            ctx.status(200);
        } catch (UploadRefusedException e) {
            LOG.info("file request refused: {} {}", e.code(), e.getMessage());
            ctx.status(e.status());
            body = Map.of("error", e.code(), "message", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("file request failed", e);
            ctx.status(500);
            body = Map.of("error", "INTERNAL", "message", "the portal could not process the file; try again later");
        }
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
