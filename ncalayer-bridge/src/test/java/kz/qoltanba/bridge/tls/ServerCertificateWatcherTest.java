package kz.qoltanba.bridge.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateWatcherTest {
    @TempDir
    Path tls;

    @Test
    void whenTheKeyStoreIsReplaced_thenTheWatcherDeliversTheNewCertificateOnce() throws Exception {
        ServerCertificateStore store = new ServerCertificateStore(tls, Clock.systemUTC(), new SecureRandom());
        TlsCredentials first = store.loadOrCreate();
        BlockingQueue<TlsCredentials> seen = new LinkedBlockingQueue<>();
        try (AutoCloseable watch = store.watch(seen::add, Duration.ofMillis(50))) {
            Thread.sleep(200);
            assertThat(seen).isEmpty();

            LocalAuthority.Issued issued = new LocalAuthority(Clock.systemUTC(), new SecureRandom()).issue();
            store.replace(issued.serverKeys().getPrivate(), issued.server(), issued.authority());

            TlsCredentials next = seen.poll(5, TimeUnit.SECONDS);
            assertThat(next).isNotNull();
            assertThat(next.certificate()).isEqualTo(issued.server()).isNotEqualTo(first.certificate());
            assertThat(next.selfSigned()).isFalse();
            Thread.sleep(200);
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void whenReplaced_thenThePasswordFileIsKeptAndNoTemporaryFileIsLeft() throws Exception {
        ServerCertificateStore store = new ServerCertificateStore(tls, Clock.systemUTC(), new SecureRandom());
        store.loadOrCreate();
        String password = Files.readString(tls.resolve(ServerCertificateStore.PASSWORD));

        LocalAuthority.Issued issued = new LocalAuthority(Clock.systemUTC(), new SecureRandom()).issue();
        store.replace(issued.serverKeys().getPrivate(), issued.server(), issued.authority());

        assertThat(Files.readString(tls.resolve(ServerCertificateStore.PASSWORD)))
                .isEqualTo(password);
        assertThat(tls.resolve(ServerCertificateStore.KEY_STORE + ".new")).doesNotExist();
        assertThat(store.load().certificate()).isEqualTo(issued.server());
    }
}
