package kz.qoltanba.signing.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.signing.TokenNotPresentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NCALayer storage names, the vendors' default PKCS#11 libraries per OS, and overriding them. */
class Pkcs11LibrariesTest {

    @Test
    void whenNcaLayerNamesAreLookedUp_thenEveryStorageIsFoundByItsWireName() {
        assertThat(Arrays.stream(StorageType.values()).map(StorageType::ncaLayerName))
                .containsExactly(
                        "PKCS12",
                        "JKS",
                        "AKKaztokenStore",
                        "AKKZIDCardStore",
                        "AKEToken72KStore",
                        "AKEToken5110Store",
                        "AKJaCartaStore",
                        "AKAKEYStore");
        for (StorageType type : StorageType.values()) {
            assertThat(StorageType.byNcaLayerName(type.ncaLayerName())).contains(type);
        }
        assertThat(StorageType.byNcaLayerName("akkaztokenstore")).isEmpty();
        assertThat(StorageType.PKCS12.isToken()).isFalse();
        assertThat(StorageType.JKS.isToken()).isFalse();
        assertThat(StorageType.JACARTA.isToken()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "WINDOWS, AKKaztokenStore, C:\\Windows\\System32\\kztokenp11.dll",
        "LINUX, AKKaztokenStore, /usr/lib/libkztokenp11.so",
        "MACOS, AKKaztokenStore, /usr/local/lib/libkztokenp11.dylib",
        "WINDOWS, AKEToken72KStore, C:\\Windows\\System32\\eTPKCS11.dll",
        "LINUX, AKEToken5110Store, /usr/lib/libeTPkcs11.so",
        "MACOS, AKEToken72KStore, /usr/local/lib/libeTPkcs11.dylib",
        "WINDOWS, AKJaCartaStore, C:\\Windows\\System32\\jcPKCS11-2.dll",
        "LINUX, AKJaCartaStore, /usr/lib/libjcPKCS11-2.so",
        "MACOS, AKJaCartaStore, /usr/local/lib/libjcPKCS11-2.dylib",
        "LINUX, AKKZIDCardStore, /usr/lib/libkzidpkcs11.so",
        "WINDOWS, AKAKEYStore, C:\\Windows\\System32\\akey_pkcs11.dll"
    })
    void whenDefaultsAreAskedForAnOs_thenTheVendorLibraryIsInTheSystemLibraryFolder(
            OperatingSystem os, String storage, String expected) {
        StorageType type = StorageType.byNcaLayerName(storage).orElseThrow();

        assertThat(Pkcs11Libraries.defaults(os).libraryFor(type)).hasToString(expected);
    }

    @Test
    void whenDefaultsAreBuilt_thenEveryHardwareStorageHasALibraryAndNoKeyFileHasOne() {
        Pkcs11Libraries defaults = Pkcs11Libraries.defaults(OperatingSystem.LINUX);

        assertThat(defaults.libraries().keySet())
                .containsExactlyInAnyOrder(Arrays.stream(StorageType.values())
                        .filter(StorageType::isToken)
                        .toArray(StorageType[]::new));
        assertThatThrownBy(() -> defaults.libraryFor(StorageType.PKCS12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key file");
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, WINDOWS", "Windows Server 2022, WINDOWS", "Mac OS X, MACOS", "Linux, LINUX"})
    void whenOsNameIsGiven_thenTheSystemIsRecognised(String osName, OperatingSystem expected) {
        assertThat(OperatingSystem.fromOsName(osName)).isEqualTo(expected);
    }

    @Test
    void whenAMapOverridesOneStorage_thenOnlyThatStorageChanges() {
        Path custom = Path.of("/opt/kaztoken/lib/libkztokenp11.so");

        Pkcs11Libraries libraries =
                Pkcs11Libraries.defaults(OperatingSystem.LINUX).withOverrides(Map.of(StorageType.KAZTOKEN, custom));

        assertThat(libraries.libraryFor(StorageType.KAZTOKEN)).isEqualTo(custom);
        assertThat(libraries.libraryFor(StorageType.JACARTA)).hasToString("/usr/lib/libjcPKCS11-2.so");
    }

    @Test
    void whenPropertiesOverrideStorages_thenTheyTakePrecedenceOverDefaults() {
        Properties properties = new Properties();
        properties.setProperty("qoltanba.pkcs11.AKJaCartaStore", " /opt/jacarta/libjcPKCS11-2.so ");
        properties.setProperty("qoltanba.pkcs11.AKKZIDCardStore", "/opt/idcard/libid.so");
        properties.setProperty("unrelated.key", "ignored");

        Pkcs11Libraries libraries =
                Pkcs11Libraries.defaults(OperatingSystem.LINUX).withOverrides(properties);

        assertThat(libraries.libraryFor(StorageType.JACARTA)).hasToString("/opt/jacarta/libjcPKCS11-2.so");
        assertThat(libraries.libraryFor(StorageType.KZ_ID_CARD)).hasToString("/opt/idcard/libid.so");
        assertThat(libraries.libraryFor(StorageType.KAZTOKEN)).hasToString("/usr/lib/libkztokenp11.so");
    }

    @Test
    void whenAPropertyNamesAnUnknownStorage_thenTheErrorNamesTheKey() {
        Properties properties = new Properties();
        properties.setProperty("qoltanba.pkcs11.AKRutokenStore", "/x.so");
        Properties keyFile = new Properties();
        keyFile.setProperty("qoltanba.pkcs11.PKCS12", "/x.so");
        Properties empty = new Properties();
        empty.setProperty("qoltanba.pkcs11.AKKaztokenStore", " ");
        Pkcs11Libraries defaults = Pkcs11Libraries.defaults(OperatingSystem.LINUX);

        assertThatThrownBy(() -> defaults.withOverrides(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qoltanba.pkcs11.AKRutokenStore")
                .hasMessageContaining("AKKaztokenStore");
        assertThatThrownBy(() -> defaults.withOverrides(keyFile)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withOverrides(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void whenTheDefaultLibraryIsNotInstalled_thenOpeningTheStorageReportsTokenNotPresent() {
        Pkcs11Libraries defaults = Pkcs11Libraries.defaults();
        Path library = defaults.libraryFor(StorageType.KAZTOKEN);
        assumeFalse(Files.exists(library), "a KAZTOKEN library is installed here: " + library);

        assertThatThrownBy(() -> KeyStores.openToken(StorageType.KAZTOKEN, defaults, 0, "12345678".toCharArray()))
                .isInstanceOf(TokenNotPresentException.class)
                .hasMessageContaining("AKKaztokenStore")
                .hasMessageContaining(library.toString());
    }

    @Test
    void whenTokenConfigIsRendered_thenSunPkcs11GetsLibraryAndSlot() {
        assertThat(TokenConfig.atSlotListIndex("AKKaztokenStore", Path.of("/usr/lib/libkztokenp11.so"), 1)
                        .sunPkcs11Configuration())
                .isEqualTo("--name=AKKaztokenStore\nlibrary=/usr/lib/libkztokenp11.so\nslotListIndex=1\n");
        assertThat(TokenConfig.atSlotId("x y", Path.of("/opt/My Token/lib.so"), 7)
                        .sunPkcs11Configuration())
                .isEqualTo("--name=xy\nlibrary=\"/opt/My Token/lib.so\"\nslot=7\n");
        assertThatThrownBy(() -> TokenConfig.atSlotListIndex("t", Path.of("/l.so"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
