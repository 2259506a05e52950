package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.KeyNotFoundException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Damaged or foreign key files end in a typed error, quickly; JDK-made stores open too. */
class KeyFilesBadInputTest {
    private static final char[] PASSWORD = SharedFixtures.PASSWORD.toCharArray();

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(
            value = StorageType.class,
            names = {"PKCS12", "JKS"})
    void whenFileIsEmpty_thenCorruptKeyStoreIsReported(StorageType type) throws Exception {
        Path file = Files.write(directory.resolve("empty.p12"), new byte[0]);

        assertThatThrownBy(() -> KeyStores.open(type, file, PASSWORD))
                .isInstanceOf(CorruptKeyStoreException.class)
                .hasMessageContaining("empty.p12")
                .hasMessageContaining("empty");
    }

    @Test
    void whenNcaFileIsTruncatedAnywhere_thenCorruptKeyStoreIsReportedWithoutHanging() throws Exception {
        byte[] original = Files.readAllBytes(SharedFixtures.gost2015("legal__valid__head.p12"));
        Path file = directory.resolve("truncated.p12");
        for (int length :
                IntStream.iterate(1, n -> n < original.length, n -> n + 37).toArray()) {
            Files.write(file, Arrays.copyOf(original, length));
            assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                    .as("truncated to %d bytes", length)
                    .isInstanceOf(CorruptKeyStoreException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = StorageType.class,
            names = {"PKCS12", "JKS"})
    void whenFileIsRandomBytes_thenCorruptKeyStoreIsReported(StorageType type) throws Exception {
        Random random = new Random(42);
        Path file = directory.resolve("random.bin");
        for (int size : new int[] {1, 16, 1000, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Files.write(file, bytes);
            assertThatThrownBy(() -> KeyStores.open(type, file, PASSWORD))
                    .as("%d random bytes", size)
                    .isInstanceOf(CorruptKeyStoreException.class);
        }
    }

    @Test
    void whenDerClaimsAHugeLength_thenCorruptKeyStoreIsReportedWithoutAllocatingIt() throws Exception {
        Path file = Files.write(
                directory.resolve("huge.p12"), new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, 0x00, 2});

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                .isInstanceOf(CorruptKeyStoreException.class);
    }

    @Test
    void whenFileIsTooLargeForAKeyFile_thenItIsRefusedBeforeReading() throws Exception {
        Path file = directory.resolve("large.p12");
        try (var channel = java.nio.channels.FileChannel.open(
                file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}), KeyFileBytes.MAX_BYTES + 10);
        }

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                .isInstanceOf(CorruptKeyStoreException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void whenFileDoesNotExist_thenKeyNotFoundNamesThePath() {
        Path file = directory.resolve("absent.p12");

        assertThatThrownBy(() -> KeyStores.open(StorageType.PKCS12, file, PASSWORD))
                .isInstanceOf(KeyNotFoundException.class)
                .hasMessageContaining("absent.p12");
    }

    @Test
    void whenAliasIsNotInTheStore_thenKeyNotFoundIsReported() throws Exception {
        try (KeyStoreSource store =
                KeyStores.open(StorageType.PKCS12, SharedFixtures.gost2015("legal__valid__head.p12"), PASSWORD)) {
            assertThatThrownBy(() -> store.key("nope"))
                    .isInstanceOf(KeyNotFoundException.class)
                    .hasMessageContaining("nope")
                    .hasMessageContaining("legal__valid__head.p12");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = StorageType.class,
            names = {"PKCS12", "JKS"})
    void whenStoreWasMadeByTheJdk_thenItOpensAndAWrongPasswordIsReported(StorageType type) throws Exception {
        KeyPair pair = TokenTestKeys.keyPair(KeyAlgorithm.RSA);
        var certificate = TokenTestKeys.selfSigned("CN=JDK store", pair);
        KeyStore jdk = KeyStore.getInstance(type.name());
        jdk.load(null, null);
        jdk.setKeyEntry("signer", pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdk.store(out, PASSWORD);
        Path file = Files.write(directory.resolve("jdk." + type.name().toLowerCase()), out.toByteArray());

        try (KeyStoreSource store = KeyStores.open(type, file, PASSWORD)) {
            assertThat(store.keys()).singleElement().satisfies(entry -> {
                assertThat(entry.alias()).isEqualTo("signer");
                assertThat(entry.certificate()).isEqualTo(certificate);
                assertThat(entry.privateKey()).isEqualTo(pair.getPrivate());
            });
        }
        assertThatThrownBy(() -> KeyStores.open(type, file, "wrong".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("wrong password");
    }

    @Test
    void whenNcaFileIsOpenedAsJks_thenATypedErrorIsReported() {
        long start = System.nanoTime();
        Path file = SharedFixtures.gost2015("legal__valid__head.p12");
        assertThatThrownBy(() -> KeyStores.open(StorageType.JKS, file, "x".toCharArray()))
                .isInstanceOf(SigningException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void whenTokenTypeIsOpenedAsAFile_thenTheCallIsRejected() {
        assertThatThrownBy(() -> KeyStores.open(StorageType.KAZTOKEN, directory.resolve("x"), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AKKaztokenStore");
    }
}
