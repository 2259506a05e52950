package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAdES-T: the host asks the configured TSA (the development PKI's, over real HTTP) for a signature timestamp. */
class TimestampedSigningTest {
    @TempDir
    Path folder;

    @Test
    void whenTimestampRequested_thenCmsCarriesAVerifiedSignatureTimestampAndWithoutItNone() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (DevPkiServer server =
                DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA))) {
            SigningTestKeys keys = SigningTestKeys.export(server.pki(), folder.resolve("pki"), KeyAlgorithm.RSA);
            Path home = folder.resolve("home");
            keys.trustRootIn(home);
            ScriptedInteraction user = new ScriptedInteraction();
            user.keyFile = keys.keyFile(Persona.LEGAL_HEAD);
            user.passwords.addAll(List.of(SigningTestKeys.PASSWORD, SigningTestKeys.PASSWORD));
            TimestampClient tsa =
                    TimestampClient.create(TsaConfig.of(server.pki().tsaUrl(KeyAlgorithm.RSA)));
            SigningService service = new SigningService(
                    user,
                    KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC()),
                    home,
                    5,
                    tsa,
                    Clock.systemUTC(),
                    executor);

            SignResult stamped =
                    service.sign(request(true)).toCompletableFuture().join();
            SignResult plain =
                    service.sign(request(false)).toCompletableFuture().join();

            ValidationReport report =
                    CmsVerifier.create().verify(stamped.signatures().get(0), Optional.empty(), keys.verification());
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(report.signers().get(0).timestampTime()).isPresent();
            assertThat(CmsVerifier.create()
                            .verify(plain.signatures().get(0), Optional.empty(), keys.verification())
                            .signers()
                            .get(0)
                            .timestampTime())
                    .isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    private static SignRequest request(boolean timestamp) {
        return new SignRequest(
                "https://egov.kz",
                "c",
                SignatureFormat.CMS,
                List.of(new byte[] {42}),
                KeyFilter.any(),
                true,
                timestamp,
                "en");
    }
}
