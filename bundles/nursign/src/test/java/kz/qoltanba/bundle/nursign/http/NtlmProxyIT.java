package kz.qoltanba.bundle.nursign.http;

import static kz.qoltanba.bundle.nursign.http.PortalHttpIT.randomBytes;
import static kz.qoltanba.bundle.nursign.http.PortalHttpIT.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.bundle.nursign.testserver.TestTls;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NTLM proxy authentication (use_ntlm=Y) at the handshake level, against an in-process proxy stub. */
class NtlmProxyIT {
    private static final String DOMAIN = "TESTDOM";
    private static final String LOGIN = DOMAIN + "\\buyer";
    private static final String PASSWORD = "Ntlm-Pa55word";

    @TempDir
    static Path work;

    private static ContractPortal portal;
    private static ContractPortal httpsPortal;
    private static SSLSocketFactory trustingPortal;
    private static DevPkiServer pki;
    private NtlmProxyStub proxy;

    @BeforeAll
    static void startPortals() throws Exception {
        TestTls tls = TestTls.loopback();
        portal = ContractPortal.start();
        httpsPortal = ContractPortal.startHttps(tls.server());
        trustingPortal = tls.client().getSocketFactory();
        pki = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
    }

    @AfterAll
    static void stopPortals() {
        portal.close();
        httpsPortal.close();
        pki.close();
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = NtlmProxyStub.start(DOMAIN, PASSWORD.toCharArray());
    }

    @AfterEach
    void stopProxy() throws Exception {
        proxy.close();
    }

    @Test
    void whenTheProxyDemandsNtlm_thenTypeOneAndTypeThreeCarryTheConfiguredDomainUserAndAValidProof() throws Exception {
        assertThat(client(PASSWORD).checkExists(portal.checkUrl().resolve("ab")).exists())
                .isFalse();

        assertThat(proxy.negotiates).singleElement().satisfies(negotiate -> {
            assertThat(negotiate.flags() & NtlmMessages.NEGOTIATE_NTLM).isNotZero();
            assertThat(negotiate.flags() & (NtlmMessages.NEGOTIATE_UNICODE | NtlmMessages.NEGOTIATE_OEM))
                    .isNotZero();
        });
        assertThat(proxy.authenticates).singleElement().satisfies(authenticate -> {
            assertThat(authenticate.domain()).isEqualTo(DOMAIN);
            assertThat(authenticate.user()).isEqualTo("buyer");
            assertThat(authenticate.ntLength())
                    .as("NTLMv2 response: 16-byte proof + blob")
                    .isGreaterThan(48);
            assertThat(authenticate.ntlmV2ProofValid()).isTrue();
        });
        List<NtlmProxyStub.Event> events = proxy.events;
        assertThat(events)
                .extracting(NtlmProxyStub.Event::what)
                .containsExactly(
                        "407 GET " + portal.checkUrl().resolve("ab") + " HTTP/1.1",
                        "challenge GET " + portal.checkUrl().resolve("ab") + " HTTP/1.1",
                        "forward GET " + portal.checkUrl().resolve("ab") + " HTTP/1.1 +credentials");
        assertThat(sameConnectionFromTypeOne(events))
                .as("type 1, type 3 and the answer on one connection")
                .isTrue();
    }

    @Test
    void whenAFileIsUploadedToPlainHttp_thenTheConnectionIsAuthenticatedFirstAndTheStreamedPostReusesIt()
            throws Exception {
        byte[] content = randomBytes(3 << 20);
        Path file = Files.write(work.resolve("ntlm.bin"), content);
        String hash = sha256Hex(content);

        PortalHttp.UploadAnswer answer =
                client(PASSWORD).upload(portal.uploadUrl(), "tok", hash, "c2ln", file, "ntlm.bin", null);

        assertThat(answer.fileSize()).isEqualTo(content.length);
        assertThat(portal.uploads()).anyMatch(upload -> hash.equals(upload.fileSha256()));
        assertThat(proxy.events)
                .extracting(NtlmProxyStub.Event::what)
                .containsExactly(
                        "407 HEAD " + portal.uploadUrl() + " HTTP/1.1",
                        "challenge HEAD " + portal.uploadUrl() + " HTTP/1.1",
                        "forward HEAD " + portal.uploadUrl() + " HTTP/1.1 +credentials",
                        "forward POST " + portal.uploadUrl() + " HTTP/1.1");
        assertThat(sameConnectionFromTypeOne(proxy.events))
                .as("the handshake and the streamed POST on one keep-alive connection")
                .isTrue();
    }

    @Test
    void whenTheProxyDropsTheAuthenticatedConnectionBeforeTheUpload_thenTheErrorSaysItMustKeepItOpen()
            throws Exception {
        proxy.closeAfterEachAnswer = true;
        Path file = Files.writeString(work.resolve("dropped.txt"), "dropped");

        assertThatThrownBy(() -> client(PASSWORD)
                        .upload(
                                portal.uploadUrl(),
                                "tok",
                                sha256Hex("dropped".getBytes()),
                                "c2ln",
                                file,
                                "dropped.txt",
                                null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("the proxy 127.0.0.1:" + proxy.port() + " asked for authentication again")
                .hasMessageContaining("must keep the authenticated connection open");
    }

    @Test
    void whenThePortalIsHttps_thenTheConnectTunnelIsAuthenticatedWithNtlm() throws Exception {
        PortalHttp http = client(PASSWORD);
        Path file = Files.writeString(work.resolve("tunnel.txt"), "through the tunnel");
        String hash = sha256Hex("through the tunnel".getBytes());

        PortalHttp.UploadAnswer answer =
                http.upload(httpsPortal.uploadUrl(), "tok", hash, "c2ln", file, "tunnel.txt", null);

        assertThat(http.checkExists(httpsPortal.checkUrl().resolve(hash)).fileId())
                .isEqualTo(answer.fileId());
        assertThat(proxy.events)
                .extracting(NtlmProxyStub.Event::what)
                .contains("tunnel 127.0.0.1:" + httpsPortal.port());
        assertThat(proxy.authenticates).allMatch(NtlmMessages.Authenticate::ntlmV2ProofValid);
    }

    @Test
    void whenTheTsaIsBehindTheNtlmProxy_thenTheTimestampRequestIsRepeatedAfterTheChallenge() throws Exception {
        byte[] token = TimestampClient.create(
                        TsaConfig.of(pki.pki().tsaUrl(KeyAlgorithm.RSA)),
                        client(PASSWORD).tsaTransport(),
                        new SecureRandom())
                .timestamp(new byte[] {4, 2});

        assertThat(token).isNotEmpty();
        assertThat(proxy.events)
                .extracting(NtlmProxyStub.Event::what)
                .contains("forward POST " + pki.pki().tsaUrl(KeyAlgorithm.RSA) + " HTTP/1.1 +credentials");
    }

    @Test
    void whenTheNtlmPasswordIsWrong_thenTheErrorNamesTheProxyAndLoginAndTheAttemptsAreLimited() {
        int port = proxy.port();
        assertThatThrownBy(() ->
                        client("wrong-password").checkExists(portal.checkUrl().resolve("ab")))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining(
                        "the proxy 127.0.0.1:" + port + " refused the NTLM credentials of '" + LOGIN + "'")
                .hasMessageNotContaining("wrong-password");
        assertThat(proxy.authenticates)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(2)
                .noneMatch(NtlmMessages.Authenticate::ntlmV2ProofValid);
    }

    /** The JDK drops the connection that got the bare 407 and runs the handshake on a new one. */
    private static boolean sameConnectionFromTypeOne(List<NtlmProxyStub.Event> events) {
        return events.stream()
                        .skip(1)
                        .mapToInt(NtlmProxyStub.Event::connection)
                        .distinct()
                        .count()
                == 1;
    }

    private PortalHttp client(String password) {
        ProxySettings settings =
                new ProxySettings("127.0.0.1", proxy.port(), ProxyAuthentication.NTLM, LOGIN, password.toCharArray());
        return new PortalHttp(Optional.of(settings), Duration.ofSeconds(5), Duration.ofSeconds(20), trustingPortal);
    }
}
