package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bundle.nursign.http.CheckFailedException;
import kz.qoltanba.bundle.nursign.http.PortalHttp;
import kz.qoltanba.bundle.nursign.http.UploadFailedException;

/**
 * {@code file}: the user chooses a file; size check (2); one streaming pass for SHA-256 (gone: 4); the portal's
 * {@code check_exists_url} (5); a time-stamped detached CMS over the digest of the chosen key's algorithm (a GOST
 * key: a second streaming pass once the key is chosen); upload, with the SHA-256 as {@code hash}, and with the file
 * only when the portal does not have it yet (3).
 */
final class FileType implements RequestType {
    private final ModuleSigner signer;
    private final Supplier<HostDialogs> dialogs;
    private final Executor work;

    FileType(ModuleSigner signer, Supplier<HostDialogs> dialogs, Executor work) {
        this.signer = signer;
        this.dialogs = dialogs;
        this.work = work;
    }

    @Override
    public CompletionStage<JsonNode> answer(Call call) throws NursignException {
        String token = call.text("token");
        URI upload = AddressPolicy.checkUrl(call, call.url("url_upload"), "url_upload");
        Optional<URI> check = call.settings().checkExistsUrl();
        if (check.isPresent()) {
            AddressPolicy.checkUrl(call, check.get(), "check_exists_url");
        }
        HostDialogs host = dialogs.get();
        if (host == null) {
            throw new NursignException(ErrorCode.OTHER, "The host's dialog service is not available.");
        }
        return host.chooseFile(call.origin(), call.connectionId(), "ALL", null)
                .handle((file, failure) -> chosen(file, failure))
                .thenApplyAsync(file -> FileDigest.of(call, file, dialogs.get()), work)
                .thenApplyAsync(digest -> new Checked(digest, exists(call, check, digest)), work)
                .thenCompose(checked -> sign(call, checked))
                .thenApplyAsync(signed -> upload(call, upload, token, signed), work);
    }

    private static Path chosen(Path file, Throwable failure) {
        if (failure != null) {
            throw new CompletionException(HostFailures.translate(failure, ErrorCode.OTHER));
        }
        return file;
    }

    private static Optional<String> exists(Call call, Optional<URI> check, FileDigest digest) {
        if (check.isEmpty()) {
            return Optional.empty();
        }
        URI url = URI.create(check.get() + digest.hex());
        try {
            PortalHttp.CheckAnswer answer = call.http().checkExists(url);
            return answer.exists() ? Optional.of(answer.fileId()) : Optional.empty();
        } catch (CheckFailedException e) {
            throw new CompletionException(new NursignException(ErrorCode.CHECK_FAILED, e.getMessage(), e));
        }
    }

    private CompletionStage<Signed> sign(Call call, Checked checked) {
        try {
            FileDigest digest = checked.digest();
            StreamedDigest source = new StreamedDigest(
                    call,
                    dialogs,
                    digest.file(),
                    digest.file().getFileName().toString(),
                    digest.size(),
                    digest.sha256(),
                    ErrorCode.FILE_GONE);
            return signer.signCmsOverFiles(call, List.of(digest.sha256()), List.of(source))
                    .thenApply(cms -> new Signed(checked, Base64.getEncoder().encodeToString(cms.get(0))));
        } catch (NursignException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private JsonNode upload(Call call, URI url, String token, Signed signed) {
        FileDigest digest = signed.checked().digest();
        boolean send = signed.checked().existingId().isEmpty();
        try (Progress progress = Progress.open(dialogs.get(), call, Progress.UPLOADING, send ? digest.size() : 0)) {
            PortalHttp.UploadAnswer answer = call.http()
                    .upload(
                            url,
                            token,
                            digest.hex(),
                            signed.signatureBase64(),
                            send ? digest.file() : null,
                            digest.file().getFileName().toString(),
                            progress.bytes());
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("file_id", answer.fileId());
            result.put("file_name", answer.fileName());
            result.put("file_size", answer.fileSize());
            result.putNull("error");
            result.putNull("validation_error");
            result.putNull("error_message");
            return result;
        } catch (UploadFailedException e) {
            throw new CompletionException(new NursignException(ErrorCode.UPLOAD_FAILED, e.getMessage(), e));
        }
    }

    private record Checked(FileDigest digest, Optional<String> existingId) {}

    private record Signed(Checked checked, String signatureBase64) {}
}
