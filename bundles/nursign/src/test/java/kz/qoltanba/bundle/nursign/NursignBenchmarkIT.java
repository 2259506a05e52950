package kz.qoltanba.bundle.nursign;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-and-upload benchmark (not part of the suite): 1, 100 and 500 MiB files through a bridge process
 * with {@code -Xmx64m}; prints the time and the peak heap of each. Run with {@code -Dnursign.benchmark=true}
 * (see the README).
 */
class NursignBenchmarkIT {
    @TempDir
    Path work;

    @Test
    void signAndUploadTimesAndPeakHeap() throws Exception {
        assumeTrue(Boolean.getBoolean("nursign.benchmark"), "run with -Dnursign.benchmark=true");
        BridgeProcess.bridgeJar();
        StringBuilder table =
                new StringBuilder("| file | sign and upload | peak heap (bridge, -Xmx64m) |\n|---|---|---|\n");
        try (NursignWorld world = new NursignWorld(work);
                ContractPortal portal = ContractPortal.start()) {
            Map<String, String> config = world.baseConfig(
                    NursignLargeFileIT.origin(portal), portal.checkUrl().toString());
            config.put("max_file_size", "500");
            world.writeConfig(config);
            world.installModule();
            for (long mib : List.of(1L, 100L, 500L)) {
                Path file = LargeUpload.generate(work, "bench-" + mib + ".bin", mib << 20);
                Path gcLog = work.resolve("gc-" + mib + ".log");
                try (BridgeProcess bridge = world.startBridge(List.of("-Xmx64m", "-Xlog:gc:file=" + gcLog))) {
                    LargeUpload.Outcome outcome = LargeUpload.signAndUpload(world, bridge, portal, file);
                    table.append("| ")
                            .append(mib)
                            .append(" MiB | ")
                            .append(String.format("%.1f s", outcome.elapsed().toMillis() / 1000.0))
                            .append(" | ")
                            .append(LargeUpload.peakHeapMiB(gcLog))
                            .append(" MiB |\n");
                } finally {
                    LargeUpload.deleteQuietly(file);
                }
            }
        }
        System.out.println(table);
        Files.writeString(Path.of("target", "nursign-benchmark.md"), table);
    }
}
