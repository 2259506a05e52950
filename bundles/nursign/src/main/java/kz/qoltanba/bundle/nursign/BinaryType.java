package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bundle.nursign.http.DownloadFailedException;
import kz.qoltanba.bundle.nursign.http.PortalHttp;
import kz.qoltanba.bundle.nursign.http.TooLargeException;

/**
 * {@code binary}: downloads {@code upload_url} (the historical name of the document's address) to a temporary
 * file, hashing as it reads (size limit: 2, failure: 11), and answers a time-stamped detached CMS over the
 * SHA-256 digest.
 */
final class BinaryType implements RequestType {
    private final ModuleSigner signer;
    private final Supplier<HostDialogs> dialogs;
    private final Executor work;
    private final Path tempDir;

    BinaryType(ModuleSigner signer, Supplier<HostDialogs> dialogs, Executor work, Path tempDir) {
        this.signer = signer;
        this.dialogs = dialogs;
        this.work = work;
        this.tempDir = tempDir;
    }

    @Override
    public CompletionStage<JsonNode> answer(Call call) throws NursignException {
        URI url = AddressPolicy.checkUrl(call, call.url("upload_url"), "upload_url");
        return CompletableFuture.supplyAsync(() -> download(call, url), work)
                .thenCompose(digest -> sign(call, digest))
                .thenApply(cms -> TextNode.valueOf(Base64.getEncoder().encodeToString(cms.get(0))));
    }

    private byte[] download(Call call, URI url) {
        try (Progress progress = Progress.open(dialogs.get(), call, Progress.DOWNLOADING, -1)) {
            PortalHttp.Download download =
                    call.http().download(url, call.settings().maxFileSizeBytes(), tempDir, progress.bytes());
            Files.deleteIfExists(download.file());
            return download.sha256();
        } catch (TooLargeException e) {
            throw new CompletionException(new NursignException(ErrorCode.FILE_TOO_LARGE, e.getMessage(), e));
        } catch (DownloadFailedException e) {
            throw new CompletionException(new NursignException(ErrorCode.DOWNLOAD_FAILED, e.getMessage(), e));
        } catch (IOException e) {
            throw new CompletionException(new NursignException(
                    ErrorCode.DOWNLOAD_FAILED,
                    "The downloaded document could not be handled ("
                            + e.getClass().getSimpleName() + ").",
                    e));
        }
    }

    private CompletionStage<List<byte[]>> sign(Call call, byte[] digest) {
        try {
            return signer.signCms(call, List.of(digest), true);
        } catch (NursignException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
