package kz.qoltanba.bridge.cli;

import static kz.qoltanba.bridge.cli.CliFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.qoltanba.signing.validation.RevocationTransport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kalkan-made samples (base64 CMS and XMLDSig) at 2020-06-01: the signatures are mathematically
 * valid, but NCA's 2020 CA certificates are not available, so the verdict is INDETERMINATE with
 * NO_CERTIFICATE_CHAIN_FOUND and exit 1 — never a pass.
 */
class KalkanVerifyCommandTest {
    private final CliRun cli =
            new CliRun(Map.of(), Instant.parse("2020-06-01T00:00:00Z"), RevocationTransport.offline());

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(kalkan2020("cms-xml"))) {
            List<Path> samples = files.sorted().toList();
            assertThat(samples).hasSize(16);
            return samples.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whenAKalkanSampleIsVerifiedWithoutItsCa_thenExit1IndeterminateNoChain(Path sample) {
        CliRun.Result result = cli.run("verify", "--in", sample.toString(), "--at", "2020-06-01T00:00:00Z");

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.out())
                .startsWith("INDETERMINATE NO_CERTIFICATE_CHAIN_FOUND")
                .contains("SIGNATURE_VALUE: PASSED")
                .contains("CERTIFICATE_CHAIN: NOT_CHECKED")
                .contains("IIN123456789011");
    }
}
