package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 500 MiB file hashed, signed and uploaded by a bridge process limited to a 64 MiB heap. */
class NursignLargeFileIT {
    private static final long SIZE = 500L << 20;

    @TempDir
    Path work;

    @Test
    void whenA500MiBFileIsUploadedWith64MiBHeap_thenItArrivesWholeAndSigned() throws Exception {
        BridgeProcess.bridgeJar();
        try (NursignWorld world = new NursignWorld(work);
                ContractPortal portal = ContractPortal.start()) {
            Map<String, String> config =
                    world.baseConfig(origin(portal), portal.checkUrl().toString());
            config.put("max_file_size", "500");
            world.writeConfig(config);
            world.installModule();
            Path file = LargeUpload.generate(work, "large.bin", SIZE);
            Path gcLog = work.resolve("gc.log");
            try (BridgeProcess bridge = world.startBridge(List.of("-Xmx64m", "-Xlog:gc:file=" + gcLog))) {
                LargeUpload.Outcome outcome = LargeUpload.signAndUpload(world, bridge, portal, file);

                assertThat(outcome.size()).isEqualTo(SIZE);
                assertThat(bridge.log()).doesNotContain("OutOfMemoryError");
            } finally {
                LargeUpload.deleteQuietly(file);
            }
            assertThat(LargeUpload.peakHeapMiB(gcLog)).isLessThanOrEqualTo(64);
        }
    }

    static String origin(ContractPortal portal) {
        String base = portal.baseUrl().toString();
        return base.substring(0, base.length() - 1);
    }
}
