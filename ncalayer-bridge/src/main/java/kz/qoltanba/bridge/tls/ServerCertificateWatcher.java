package kz.qoltanba.bridge.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the server key store file (modification time and size) and hands each new version to a consumer, so that
 * a running bridge serves the certificate {@code tls init}/{@code renew}/{@code remove} just wrote.
 */
final class ServerCertificateWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificateWatcher.class);

    private final ServerCertificateStore store;
    private final Path file;
    private final Consumer<TlsCredentials> onChange;
    private final ScheduledExecutorService timer;
    private String lastSeen;

    ServerCertificateWatcher(
            ServerCertificateStore store, Path file, Consumer<TlsCredentials> onChange, Duration interval) {
        this.store = store;
        this.file = file;
        this.onChange = onChange;
        this.lastSeen = fingerprint();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tls-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void check() {
        String now = fingerprint();
        if (Objects.equals(now, lastSeen) || now == null) {
            return;
        }
        try {
            TlsCredentials credentials = store.load();
            lastSeen = now;
            onChange.accept(credentials);
            LOG.info(
                    "Now serving the new TLS certificate {}",
                    credentials.certificate().getSubjectX500Principal());
        } catch (TlsSetupException | RuntimeException e) {
            LOG.debug("The server key store changed but could not be used yet: {}", e.getMessage());
        }
    }

    private String fingerprint() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toMillis() + "/" + Files.size(file) + "/"
                    + Files.readAttributes(file, "unix:ino").get("ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            try {
                return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
            } catch (IOException gone) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
