package kz.qoltanba.bundle.nursign.http;

import static kz.qoltanba.bundle.nursign.http.PortalHttpIT.randomBytes;
import static kz.qoltanba.bundle.nursign.http.PortalHttpIT.sha256Hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.bundle.nursign.testserver.TestTls;
import kz.qoltanba.bundle.nursign.testserver.Tinyproxy;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.testutil.Prerequisites;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.tsp.TsaUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check, upload, download and time-stamps through a real tinyproxy, open and with Basic authentication, to
 * plain-http and https (CONNECT tunnel) targets. tinyproxy's log proves each request went through it.
 */
class PortalHttpThroughProxyIT {
    private static final String USER = "buyer";
    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    static Path work;

    private static ContractPortal portal;
    private static ContractPortal httpsPortal;
    private static SSLSocketFactory trustingPortal;
    private static DevPkiServer pki;
    private static Tinyproxy open;
    private static Tinyproxy guarded;

    @BeforeAll
    static void start() throws Exception {
        Prerequisites.require(
                Tinyproxy.executable().isPresent(), "tinyproxy is not installed (apt-get install tinyproxy)");
        TestTls tls = TestTls.loopback();
        portal = ContractPortal.start();
        httpsPortal = ContractPortal.startHttps(tls.server());
        trustingPortal = tls.client().getSocketFactory();
        pki = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        open = Tinyproxy.start(work, null, null, httpsPortal.port());
        guarded = Tinyproxy.start(work, USER, PASSWORD, httpsPortal.port());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {guarded, open, pki, httpsPortal, portal}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void whenTheProxyIsOpen_thenCheckUploadAndDownloadGoThroughIt() throws Exception {
        PortalHttp http = client(open, ProxyAuthentication.NONE, null);
        roundTrip(http, portal, "open");

        assertThat(open.requestLines())
                .anyMatch(line -> line.startsWith("GET " + portal.checkUrl()))
                .anyMatch(line -> line.startsWith("POST " + portal.uploadUrl()))
                .anyMatch(line -> line.startsWith("GET " + portal.baseUrl() + "files/open.bin"));
        assertThat(portal.requests())
                .filteredOn(r -> r.path().startsWith("/files/open"))
                .allMatch(r -> viaTinyproxy(r.via()));
    }

    @Test
    void whenTheProxyNeedsBasic_thenTheRightCredentialsLetEverythingThrough() throws Exception {
        PortalHttp http = client(guarded, ProxyAuthentication.BASIC, PASSWORD);
        roundTrip(http, portal, "basic");

        assertThat(guarded.requestLines())
                .anyMatch(line -> line.startsWith("POST " + portal.uploadUrl()))
                .anyMatch(line -> line.startsWith("GET " + portal.baseUrl() + "files/basic.bin"));
        assertThat(portal.requests())
                .filteredOn(r -> r.path().equals("/upload") && r.method().equals("POST"))
                .anyMatch(r -> viaTinyproxy(r.via()));
    }

    @Test
    void whenTheProxyPasswordIsWrong_thenEveryCallFailsNamingTheProxyButNotThePassword() throws Exception {
        PortalHttp http = client(guarded, ProxyAuthentication.BASIC, "wrong-Pa55");
        Path file = Files.writeString(work.resolve("wrong.txt"), "w");
        String proxy = "the proxy 127.0.0.1:" + guarded.port();

        assertThatThrownBy(() -> http.checkExists(portal.checkUrl().resolve("ab")))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining(proxy)
                .hasMessageContaining("refused the BASIC credentials of '" + USER + "'")
                .hasMessageNotContaining("wrong-Pa55");
        assertThatThrownBy(() -> http.upload(portal.uploadUrl(), "t", "00", "c2ln", file, "wrong.txt", null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining(proxy)
                .hasMessageNotContaining("wrong-Pa55");
        assertThatThrownBy(() -> http.checkExists(httpsPortal.checkUrl().resolve("ab")))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining(proxy)
                .hasMessageNotContaining("wrong-Pa55");
        assertThatThrownBy(() -> TimestampClient.create(
                                TsaConfig.of(pki.pki().tsaUrl(KeyAlgorithm.RSA)),
                                http.tsaTransport(),
                                new SecureRandom())
                        .timestamp(new byte[] {1}))
                .isInstanceOf(TsaUnavailableException.class)
                .hasMessageContaining(proxy)
                .hasMessageNotContaining("wrong-Pa55");
    }

    @Test
    void whenTheProxyNeedsCredentialsButNoneAreConfigured_thenTheErrorSaysWhichKeysToSet() {
        PortalHttp http = client(guarded, ProxyAuthentication.NONE, null);
        assertThatThrownBy(() -> http.checkExists(portal.checkUrl().resolve("ab")))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("the proxy 127.0.0.1:" + guarded.port() + " requires authentication")
                .hasMessageContaining("use_auth=Y");
    }

    @Test
    void whenThePortalIsHttps_thenTheOpenProxyTunnelsCheckUploadAndDownload() throws Exception {
        PortalHttp http = client(open, ProxyAuthentication.NONE, null);
        roundTrip(http, httpsPortal, "tunnel");

        assertThat(open.requestLines()).anyMatch(line -> line.startsWith("CONNECT 127.0.0.1:" + httpsPortal.port()));
    }

    @Test
    void whenThePortalIsHttpsAndTheProxyNeedsBasic_thenTheTunnelIsAuthenticatedIfTheRuntimeAllowsBasic()
            throws Exception {
        PortalHttp http = client(guarded, ProxyAuthentication.BASIC, PASSWORD);
        if (FailureText.basicDisabledForTunnels(System.getProperty(FailureText.TUNNELING_DISABLED_SCHEMES))) {
            assertThatThrownBy(() -> http.checkExists(httpsPortal.checkUrl().resolve("ab")))
                    .isInstanceOf(CheckFailedException.class)
                    .hasMessageContaining("-D" + FailureText.TUNNELING_DISABLED_SCHEMES + "=");
            return;
        }
        roundTrip(http, httpsPortal, "basic-tunnel");
        assertThat(guarded.requestLines()).anyMatch(line -> line.startsWith("CONNECT 127.0.0.1:" + httpsPortal.port()));
    }

    @Test
    void whenTimestampsGoThroughTheProxy_thenTheTsaAnswersOpenAndWithBasic() throws Exception {
        URI tsa = pki.pki().tsaUrl(KeyAlgorithm.RSA);
        for (PortalHttp http : new PortalHttp[] {
            client(open, ProxyAuthentication.NONE, null), client(guarded, ProxyAuthentication.BASIC, PASSWORD)
        }) {
            byte[] token = TimestampClient.create(TsaConfig.of(tsa), http.tsaTransport(), new SecureRandom())
                    .timestamp(new byte[] {1, 2, 3});
            assertThat(token).isNotEmpty();
        }
        assertThat(open.requestLines()).anyMatch(line -> line.startsWith("POST " + tsa));
        assertThat(guarded.requestLines()).anyMatch(line -> line.startsWith("POST " + tsa));
    }

    @Test
    void whenSeveralMebibytesAreUploadedThroughTheAuthenticatingProxy_thenTheClientAllocatesOnlyItsBuffers()
            throws Exception {
        PortalHttp http = client(guarded, ProxyAuthentication.BASIC, PASSWORD);
        byte[] content = randomBytes(16 << 20);
        Path file = Files.write(work.resolve("large.bin"), content);
        String hash = sha256Hex(content);
        content = null;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path small = Files.writeString(work.resolve("warm-up.txt"), "warm up");
        http.upload(portal.uploadUrl(), "t", sha256Hex("warm up".getBytes()), "c2ln", small, "warm-up.txt", null);

        long before = threads.getCurrentThreadAllocatedBytes();
        PortalHttp.UploadAnswer answer = http.upload(portal.uploadUrl(), "t", hash, "c2ln", file, "large.bin", null);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(answer.fileSize()).isEqualTo(16 << 20);
        assertThat(portal.uploads()).anyMatch(u -> hash.equals(u.fileSha256()));
        // Class loading happened in the warm-up; what remains is per-request state and the 64 KiB buffer.
        assertThat(allocated).as("bytes allocated while uploading 16 MiB").isLessThan(1L << 20);
    }

    private static void roundTrip(PortalHttp http, ContractPortal target, String name) throws Exception {
        byte[] content = randomBytes(70_000);
        Path file = Files.write(work.resolve(name + ".bin"), content);
        String hash = sha256Hex(content);

        assertThat(http.checkExists(target.checkUrl().resolve(hash)).exists()).isFalse();
        PortalHttp.UploadAnswer answer =
                http.upload(target.uploadUrl(), "tok", hash, "c2ln", file, name + ".bin", null);
        assertThat(http.checkExists(target.checkUrl().resolve(hash)).fileId()).isEqualTo(answer.fileId());
        URI served = target.serveFile(name + ".bin", file);
        PortalHttp.Download download = http.download(served, content.length, work, null);
        assertThat(Files.readAllBytes(download.file())).isEqualTo(content);
    }

    private static PortalHttp client(Tinyproxy proxy, ProxyAuthentication authentication, String password) {
        ProxySettings settings = new ProxySettings(
                proxy.host(),
                proxy.port(),
                authentication,
                authentication == ProxyAuthentication.NONE ? null : USER,
                password == null ? null : password.toCharArray());
        return new PortalHttp(Optional.of(settings), Duration.ofSeconds(5), Duration.ofSeconds(20), trustingPortal);
    }

    private static boolean viaTinyproxy(String via) {
        return via != null && via.contains("tinyproxy");
    }
}
