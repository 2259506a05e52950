package kz.qoltanba.bundle.nursign;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.DigestSource;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;

/** Host services for unit tests: records requests, answers with a fixed outcome. */
final class FakeHost implements HostSigning, HostDialogs {
    final List<SignRequest> signRequests = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    volatile Throwable signFailure;
    volatile Path chosenFile;
    volatile String keyLocation = "/keys/person.p12";
    /** Run when a signature is asked for, before anything else (e.g. to change a file between passes). */
    volatile Runnable beforeSign = () -> {};
    /** The digest algorithm the host asks a request's digest sources for, as the real host does for its key. */
    volatile String keyDigestOid;

    @Override
    public CompletionStage<SignResult> sign(SignRequest request) {
        signRequests.add(request);
        beforeSign.run();
        if (signFailure != null) {
            return CompletableFuture.failedFuture(signFailure);
        }
        if (keyDigestOid != null) {
            for (DigestSource source : request.digestSources()) {
                try {
                    source.digest(keyDigestOid);
                } catch (IOException e) {
                    return CompletableFuture.failedFuture(
                            new HostSigningException("the digest could not be computed: " + e.getMessage(), e));
                }
            }
        }
        List<byte[]> signatures = new ArrayList<>();
        request.documents().forEach(d -> signatures.add(d.clone()));
        return CompletableFuture.completedFuture(new SignResult(signatures, null, List.of(), keyLocation));
    }

    @Override
    public CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException());
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        return chosenFile == null
                ? CompletableFuture.failedFuture(new kz.qoltanba.bridge.spi.UserCancelledException("cancelled"))
                : CompletableFuture.completedFuture(chosenFile);
    }

    @Override
    public CompletionStage<Void> showMessage(
            String origin, String connectionId, String locale, String title, String message) {
        messages.add(locale + "|" + title + "|" + message);
        return CompletableFuture.completedFuture(null);
    }
}
