package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembled bridge installs the built-in modules bundle the build embeds ({@code builtin/} in the jar) and
 * its modules are routed through the module host.
 */
class BuiltinModulesStartIT {
    @Test
    void whenTheBridgeStarts_thenTheBuiltInModulesAreRoutable(@TempDir Path home) throws Exception {
        BridgeConfig config = new BridgeConfig(
                home,
                0,
                Set.of(),
                List.of("gov.kz"),
                false,
                1 << 20,
                32,
                5,
                URI.create("http://tsp.pki.gov.kz"),
                List.of(),
                Optional.empty());
        try (RunningBridge bridge = RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC())) {
            assertThat(bridge.moduleHost().modules().names())
                    .containsExactly(
                            "kz.gov.pki.knca.basics",
                            "kz.gov.pki.knca.commonUtils",
                            "kz.gov.pki.ncalayerservices.accessory");
            assertThat(bridge.moduleHost().modules().find("kz.gov.pki.knca.basics"))
                    .isPresent();
        }
    }
}
