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
 * file, hashing SHA-256 as it reads (size limit: 2, failure: 11), and answers a time-stamped detached CMS over the
 * digest of the chosen key's algorithm (a GOST key: a second pass over the temporary file, which is deleted once
 * the signature is made or has failed).
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
                .thenCompose(download -> sign(call, download).whenComplete((cms, failure) -> delete(download)))
                .thenApply(cms -> TextNode.valueOf(Base64.getEncoder().encodeToString(cms.get(0))));
    }

    private PortalHttp.Download download(Call call, URI url) {
        try (Progress progress = Progress.open(dialogs.get(), call, Progress.DOWNLOADING, -1)) {
            return call.http().download(url, call.settings().maxFileSizeBytes(), tempDir, progress.bytes());
        } catch (TooLargeException e) {
            throw new CompletionException(new NursignException(ErrorCode.FILE_TOO_LARGE, e.getMessage(), e));
        } catch (DownloadFailedException e) {
            throw new CompletionException(new NursignException(ErrorCode.DOWNLOAD_FAILED, e.getMessage(), e));
        }
    }

    /** The temporary file is read again when the chosen key needs another digest than SHA-256 (GOST). */
    private CompletionStage<List<byte[]>> sign(Call call, PortalHttp.Download download) {
        StreamedDigest source = new StreamedDigest(
                call,
                dialogs,
                download.file(),
                "from upload_url",
                download.size(),
                download.sha256(),
                ErrorCode.DOWNLOAD_FAILED);
        try {
            return signer.signCmsOverFiles(call, List.of(download.sha256()), List.of(source));
        } catch (NursignException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void delete(PortalHttp.Download download) {
        try {
            Files.deleteIfExists(download.file());
        } catch (IOException e) {
            download.file().toFile().deleteOnExit();
        }
    }
}
