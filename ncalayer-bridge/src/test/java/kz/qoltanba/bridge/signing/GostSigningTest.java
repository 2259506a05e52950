package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kazakh GOST-2015 key files of the development PKI: chain check, CMS and XML through the host. */
class GostSigningTest {
    @TempDir
    Path folder;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void whenGostKeyChainsToConfiguredRoot_thenCmsAndXmlSignaturesVerify() throws Exception {
        SigningTestKeys keys = SigningTestKeys.generate(folder.resolve("pki"), KeyAlgorithm.GOST2015_512);
        Path home = folder.resolve("home");
        keys.trustRootIn(home);
        ScriptedInteraction user = new ScriptedInteraction();
        user.keyFile = keys.keyFile(Persona.INDIVIDUAL_SIGN);
        user.passwords.addAll(List.of(SigningTestKeys.PASSWORD, SigningTestKeys.PASSWORD));
        SigningService service = new SigningService(
                user,
                KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC()),
                home,
                5,
                null,
                Clock.systemUTC(),
                executor);
        KeyFilter signing = new KeyFilter(List.of(), KeyPurpose.SIGNATURE, List.of(), "900101400122", null, null, null);

        SignResult cms = service.sign(new SignRequest(
                        "https://egov.kz",
                        "c",
                        SignatureFormat.CMS,
                        List.of(new byte[] {1, 2}),
                        signing,
                        true,
                        false,
                        "kk"))
                .toCompletableFuture()
                .join();
        SignResult xml = service.sign(new SignRequest(
                        "https://egov.kz",
                        "c",
                        SignatureFormat.XML,
                        List.of("<r>ok</r>".getBytes(StandardCharsets.UTF_8)),
                        signing,
                        true,
                        false,
                        "kk"))
                .toCompletableFuture()
                .join();

        assertThat(CmsVerifier.create()
                        .verify(cms.signatures().get(0), Optional.empty(), keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(XmlVerifier.create()
                        .verify(xml.signatures().get(0), keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }
}
