package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle as a third-party module: listed in a catalog signed by the development publisher, installed by
 * the host from the catalog URL, answering through the bridge, updated to a higher version, removed; a
 * tampered jar refused.
 */
class NursignModuleSystemIT {
    private static final String SYMBOLIC_NAME = "kz.qoltanba.bundle.nursign";
    private static final String ACCESSORY = "kz.gov.pki.ncalayerservices.accessory";

    @TempDir
    Path work;

    @Test
    void whenInstalledUpdatedAndRemovedThroughTheCatalog_thenTheBridgeFollowsAndATamperedJarIsRefused()
            throws Exception {
        BridgeProcess.bridgeJar();
        try (NursignWorld world = new NursignWorld(work)) {
            world.writeConfig(world.baseConfig("https://portal.test", "https://portal.test/check/"));
            world.installModule();
            String installed = versionIn(world);
            assertThat(installed).isNotEqualTo("99.0.0");

            Path site = world.catalog.folder();
            withVersion(site.resolve("nursign.jar"), site.resolve("nursign-99.jar"), "99.0.0");
            Files.delete(site.resolve("nursign.jar"));
            world.catalog.sign();
            BridgeProcess.Result updated = BridgeProcess.run(
                    Map.of(),
                    "modules",
                    "update",
                    "--home",
                    world.home.toString(),
                    "--catalog-url",
                    world.catalog.catalogUrl().toString());
            assertThat(updated.exitCode()).as(updated.output()).isZero();
            assertThat(versionIn(world)).isEqualTo("99.0.0");

            BridgeProcess.Result removed =
                    BridgeProcess.run(Map.of(), "modules", "remove", "--home", world.home.toString(), SYMBOLIC_NAME);
            assertThat(removed.exitCode()).as(removed.output()).isZero();
            try (BridgeProcess bridge = world.startBridge(List.of());
                    BridgeSocket socket = BridgeSocket.connect(bridge.port(), NursignWorld.ORIGIN)) {
                assertThat(socket.call("{\"module\":\"NURSign\",\"type\":\"version\"}")
                                .path("errorCode")
                                .asText())
                        .isEqualTo("MODULE_NOT_FOUND");
            }

            byte[] jar = Files.readAllBytes(site.resolve("nursign-99.jar"));
            jar[jar.length / 2] ^= 0x01;
            Files.write(site.resolve("nursign-99.jar"), jar);
            BridgeProcess.Result refused = BridgeProcess.run(
                    Map.of(),
                    "modules",
                    "install",
                    "--home",
                    world.home.toString(),
                    "--catalog-url",
                    world.catalog.catalogUrl().toString(),
                    SYMBOLIC_NAME);
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
            assertThat(refused.output()).contains("SHA-256");
            assertThat(world.home.resolve("modules")).isEmptyDirectory();
        }
    }

    /** Starts the bridge, checks the module answers {@code version}, and returns the bundle's installed version. */
    private static String versionIn(NursignWorld world) throws Exception {
        try (BridgeProcess bridge = world.startBridge(List.of());
                BridgeSocket socket = BridgeSocket.connect(bridge.port(), NursignWorld.ORIGIN)) {
            JsonNode version = socket.call("{\"module\":\"NURSign\",\"type\":\"version\"}");
            assertThat(version.toString()).isEqualTo("{\"result\":{\"version\":\"1.0.0\"},\"errorCode\":\"NONE\"}");
            JsonNode bundles = socket.call("{\"module\":\"" + ACCESSORY + "\",\"method\":\"getBundles\"}");
            assertThat(bundles.has(SYMBOLIC_NAME)).as(bundles.toString()).isTrue();
            return bundles.path(SYMBOLIC_NAME).asText();
        }
    }

    /** A copy of the bundle jar whose manifest says {@code Bundle-Version: version}. */
    private static void withVersion(Path source, Path target, String version) throws Exception {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(source))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (OutputStream file = Files.newOutputStream(target);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    copy(in, out);
                    out.closeEntry();
                }
            }
        }
    }

    private static void copy(InputStream in, OutputStream out) throws Exception {
        in.transferTo(out);
    }
}
