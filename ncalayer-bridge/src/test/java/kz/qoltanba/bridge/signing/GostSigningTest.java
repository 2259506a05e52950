package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.spi.DigestSource;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kazakh GOST-2015 key files of the development PKI: chain check, CMS and XML through the host, and CMS over a
 * digest the module computes in the key's GOST digest once the key is chosen.
 */
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

    @Test
    void whenDigestSourceIsGiven_thenTheHostAsksItForTheGostDigestAndTheCmsVerifies() throws Exception {
        SigningTestKeys keys = SigningTestKeys.generate(folder.resolve("pki"), KeyAlgorithm.GOST2015_512);
        SigningService service = gostService(keys);
        byte[] document = "a large procurement file".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(document);
        List<String> asked = new ArrayList<>();
        DigestSource source = oid -> {
            asked.add(oid);
            try {
                return DigestAlgorithms.newDigest(oid).digest(document);
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        };

        SignResult result =
                service.sign(overDigest(sha256, source)).toCompletableFuture().join();

        String gostOid = KeyAlgorithm.GOST2015_512.digestOid();
        assertThat(asked).containsExactly(gostOid);
        assertThat(CmsVerifier.create()
                        .verify(
                                result.signatures().get(0),
                                Optional.of(new ByteArrayInputStream(document)),
                                keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenDigestSourceCannotRead_thenSigningFailsNamingTheDigestAndTheCause() throws Exception {
        SigningTestKeys keys = SigningTestKeys.generate(folder.resolve("pki"), KeyAlgorithm.GOST2015_512);
        SigningService service = gostService(keys);
        DigestSource gone = oid -> {
            throw new IOException("the file offer.pdf no longer exists");
        };

        assertThatThrownBy(() -> service.sign(overDigest(new byte[32], gone))
                        .toCompletableFuture()
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("digest of document 1")
                .hasMessageContaining("offer.pdf no longer exists");
    }

    @Test
    void whenDigestSourcesDoNotMatchTheDocuments_thenTheRequestIsRefused() {
        DigestSource source = oid -> new byte[32];

        assertThatThrownBy(() -> new SignRequest(
                        "https://egov.kz",
                        "c",
                        SignatureFormat.CMS_OVER_DIGEST,
                        List.of(new byte[32], new byte[32]),
                        KeyFilter.any(),
                        false,
                        false,
                        "kk",
                        List.of(),
                        List.of(source)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one per document");
    }

    private SigningService gostService(SigningTestKeys keys) throws Exception {
        Path home = folder.resolve("home");
        keys.trustRootIn(home);
        ScriptedInteraction user = new ScriptedInteraction();
        user.keyFile = keys.keyFile(Persona.INDIVIDUAL_SIGN);
        user.passwords.add(SigningTestKeys.PASSWORD);
        return new SigningService(
                user,
                KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC()),
                home,
                5,
                null,
                Clock.systemUTC(),
                executor);
    }

    private static SignRequest overDigest(byte[] sha256, DigestSource source) {
        return new SignRequest(
                "https://egov.kz",
                "c",
                SignatureFormat.CMS_OVER_DIGEST,
                List.of(sha256),
                KeyFilter.any(),
                false,
                false,
                "kk",
                List.of(),
                List.of(source));
    }
}
