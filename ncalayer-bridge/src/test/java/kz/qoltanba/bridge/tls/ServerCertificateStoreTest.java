package kz.qoltanba.bridge.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateStoreTest {
    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    @TempDir
    Path tls;

    private ServerCertificateStore store() {
        return new ServerCertificateStore(tls, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    }

    @Test
    void whenHomeIsFresh_thenSelfSignedLoopbackCertificateIsCreatedForOneYear() throws Exception {
        TlsCredentials credentials = store().loadOrCreate();

        assertThat(credentials.selfSigned()).isTrue();
        credentials.certificate().verify(credentials.certificate().getPublicKey());
        assertThat(credentials.certificate().getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(credentials.certificate().getSubjectAlternativeNames())
                .extracting(name -> (Object) name.get(1))
                .contains((Object) "127.0.0.1", "localhost");
        assertThat(credentials.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(credentials.keyStore().isKeyEntry("server")).isTrue();
    }

    @Test
    void whenStoreExists_thenTheSameCertificateIsReadBack() throws Exception {
        TlsCredentials first = store().loadOrCreate();

        TlsCredentials second = store().loadOrCreate();

        assertThat(second.certificate()).isEqualTo(first.certificate());
    }

    @Test
    void whenCreated_thenKeyStoreAndPasswordAreReadableOnlyByTheUser() throws Exception {
        store().loadOrCreate();

        for (Path file : List.of(tls.resolve("server.p12"), tls.resolve("server.p12.password"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }
}
