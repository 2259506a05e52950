package kz.qoltanba.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HomeDirectoryTest {

    @Test
    void whenHomeIsGiven_thenItWinsOnEveryOs() {
        Path explicit = Path.of("/srv/bridge-home");

        assertThat(HomeDirectory.resolve(explicit, Map.of("HOME", "/home/u"), "Linux", "/java/home"))
                .isEqualTo(explicit);
        assertThat(HomeDirectory.resolve(explicit, Map.of(), "Windows 11", "C:/Users/u"))
                .isEqualTo(explicit);
    }

    @Test
    void whenLinuxWithXdgConfigHome_thenQoltanbaUnderIt() {
        Path home = HomeDirectory.resolve(
                null, Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/xdg/config"), "Linux", "/java/home");

        assertThat(home).isEqualTo(Path.of("/xdg/config/qoltanba"));
    }

    @Test
    void whenLinuxWithoutXdg_thenDotConfigUnderDollarHome() {
        Path home = HomeDirectory.resolve(null, Map.of("HOME", "/home/u"), "Linux", "/java/home");

        assertThat(home).isEqualTo(Path.of("/home/u/.config/qoltanba"));
    }

    @Test
    void whenHomeVariableIsUnset_thenJavaUserHomeIsUsed() {
        Path home = HomeDirectory.resolve(null, Map.of(), "Linux", "/java/home");

        assertThat(home).isEqualTo(Path.of("/java/home/.config/qoltanba"));
    }

    @Test
    void whenWindowsWithAppData_thenQoltanbaUnderAppData() {
        Path home = HomeDirectory.resolve(null, Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 10", "/x");

        assertThat(home).isEqualTo(Path.of("/c/Users/u/AppData/Roaming/Qoltanba"));
    }

    @Test
    void whenWindowsWithoutAppData_thenRoamingUnderUserHome() {
        Path home = HomeDirectory.resolve(null, Map.of("HOME", "/c/Users/u"), "Windows 10", "/x");

        assertThat(home).isEqualTo(Path.of("/c/Users/u/AppData/Roaming/Qoltanba"));
    }

    @Test
    void whenMacOs_thenApplicationSupportUnderDollarHome() {
        Path home = HomeDirectory.resolve(null, Map.of("HOME", "/Users/u"), "Mac OS X", "/java/home");

        assertThat(home).isEqualTo(Path.of("/Users/u/Library/Application Support/Qoltanba"));
    }
}
