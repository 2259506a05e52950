package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import kz.qoltanba.bridge.ws.TestSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every accessory method over real sockets, with the built-in modules registered in a real Felix. */
class AccessoryModuleIT {
    private static final String MODULE = "kz.gov.pki.ncalayerservices.accessory";

    private static ModulesFixture fixture;
    private TestSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ModulesFixture();
        fixture.moduleHost.install(bundleJar(fixture.home.resolve("extra.jar"), "test.accessory.bundle", "1.2.3"));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void connect() throws Exception {
        fixture.host.windowsAvailable = true;
        socket = fixture.connect();
    }

    private JsonNode call(String method) throws Exception {
        return fixture.call(socket, "{\"module\":\"" + MODULE + "\",\"method\":\"" + method + "\"}");
    }

    @Test
    void whenGetBundles_thenAFlatMapOfInstalledBundlesWithoutEnvelopeOrEcho() throws Exception {
        JsonNode bundles =
                fixture.call(socket, "{\"module\":\"" + MODULE + "\",\"method\":\"getBundles\",\"uuid\":\"u-1\"}");
        assertThat(bundles.get("test.accessory.bundle").asText()).isEqualTo("1.2.3");
        assertThat(bundles.has("uuid")).isFalse();
        assertThat(fixture.builtin).isEqualTo("kz.qoltanba.bridge.builtin");
        assertThat(bundles.get("kz.qoltanba.bridge.builtin").asText()).isEqualTo("0.1.0");
        assertThat(bundles).hasSize(2);
    }

    @Test
    void whenGetServices_thenTheBuiltInModulesAreListed() throws Exception {
        assertThat(call("getServices").toString())
                .isEqualTo("{\"services\":[\"kz.gov.pki.knca.basics\",\"kz.gov.pki.knca.commonUtils\","
                        + "\"kz.gov.pki.ncalayerservices.accessory\"]}");
    }

    @Test
    void whenGetVersionOrVersion_thenTheGreetingShape() throws Exception {
        String expected = "{\"result\":{\"version\":\"1.4\",\"implementation\":\"qoltanba-bridge/0.1.0\"}}";
        assertThat(call("getVersion").toString()).isEqualTo(expected);
        assertThat(call("version").toString()).isEqualTo(expected);
    }

    @Test
    void whenShowSettingsOrBundleManager_thenTheHostOpensTheWindowAndOneFrameAnswers() throws Exception {
        int before = fixture.host.windowsShown.size();
        assertThat(call("showSettings").toString()).isEqualTo("{\"success\":true}");
        assertThat(call("showBundleManager").toString()).isEqualTo("{\"success\":true}");
        assertThat(fixture.host.windowsShown.subList(before, fixture.host.windowsShown.size()))
                .containsExactly("settings", "bundleManager");
        fixture.host.windowsAvailable = false;
        assertThat(call("showSettings").toString())
                .isEqualTo("{\"success\":false,\"errorCode\":\"NOT_AVAILABLE\","
                        + "\"message\":\"the settings window is not available\"}");
    }

    @Test
    void whenInstallBundle_thenItSaysWhereToInstallOrWhatIsMissing() throws Exception {
        JsonNode refused = fixture.call(
                socket, "{\"module\":\"" + MODULE + "\",\"method\":\"installBundle\",\"symname\":\"kz.nursign\"}");
        assertThat(refused.get("success").asBoolean()).isFalse();
        assertThat(refused.get("errorCode").asText()).isEqualTo("INSTALL_NOT_AVAILABLE");
        assertThat(refused.get("message").asText()).contains("module manager");
        JsonNode missing = call("installBundle");
        assertThat(missing.get("errorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(missing.get("message").asText()).contains("symname");
    }

    @Test
    void whenTheMethodIsUnknownOrMissing_thenTheNeutralErrorForm() throws Exception {
        assertThat(call("formatDisk").toString())
                .isEqualTo("{\"success\":false,\"errorCode\":\"METHOD_NOT_FOUND\","
                        + "\"message\":\"The accessory module has no such method.\"}");
        JsonNode missing = fixture.call(socket, "{\"module\":\"" + MODULE + "\",\"id\":3}");
        assertThat(missing.get("errorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(missing.get("id").asInt()).isEqualTo(3);
    }

    private static Path bundleJar(Path jar, String symbolicName, String version) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
