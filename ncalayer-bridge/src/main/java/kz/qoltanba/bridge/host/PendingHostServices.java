package kz.qoltanba.bridge.host;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;

/**
 * The host services until key choice, signing and dialogs are wired in: every call fails with a clear
 * {@link HostSigningException}, which modules turn into their signing-failure form.
 */
public final class PendingHostServices implements HostSigning, HostDialogs {
    private static final String MESSAGE = "signing is not available in this build of the bridge yet";

    @Override
    public CompletionStage<SignResult> sign(SignRequest request) {
        return CompletableFuture.failedFuture(new HostSigningException(MESSAGE));
    }

    @Override
    public CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter) {
        return CompletableFuture.failedFuture(new HostSigningException(MESSAGE));
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        return CompletableFuture.failedFuture(new HostSigningException("file choice is not available yet"));
    }
}
