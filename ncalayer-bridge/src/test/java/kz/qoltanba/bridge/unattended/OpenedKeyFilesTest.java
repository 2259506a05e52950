package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenedKeyFilesTest {
    @TempDir
    static Path folder;

    private static Path keyFile;

    @BeforeAll
    static void keys() throws Exception {
        SigningTestKeys keys = SigningTestKeys.generate(folder.resolve("pki"), KeyAlgorithm.RSA);
        keyFile = keys.install(Persona.INDIVIDUAL_SIGN, folder.resolve("keys"), "signer.p12");
    }

    @Test
    void theSamePasswordIsAnsweredFromTheKeptKeys() throws Exception {
        OpenedKeyFiles opened = new OpenedKeyFiles();
        KeyStoreSource first = opened.open(StorageType.PKCS12, keyFile, SigningTestKeys.PASSWORD.toCharArray());
        first.close();
        KeyStoreSource second = opened.open(StorageType.PKCS12, keyFile, SigningTestKeys.PASSWORD.toCharArray());

        assertThat(second.keys()).isSameAs(first.keys()).hasSize(1);
        assertThat(second.keys().get(0).privateKey()).isNotNull();
        assertThat(opened.size()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordStillFailsAfterTheFileWasOpened() throws Exception {
        OpenedKeyFiles opened = new OpenedKeyFiles();
        opened.open(StorageType.PKCS12, keyFile, SigningTestKeys.PASSWORD.toCharArray());

        assertThatThrownBy(() -> opened.open(StorageType.PKCS12, keyFile, "not-the-password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void aChangedFileIsOpenedAgain() throws Exception {
        Path copy = Files.copy(keyFile, folder.resolve("changed.p12"));
        OpenedKeyFiles opened = new OpenedKeyFiles();
        KeyStoreSource first = opened.open(StorageType.PKCS12, copy, SigningTestKeys.PASSWORD.toCharArray());

        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(60)));
        KeyStoreSource second = opened.open(StorageType.PKCS12, copy, SigningTestKeys.PASSWORD.toCharArray());

        assertThat(second.keys()).isNotSameAs(first.keys());
    }
}
