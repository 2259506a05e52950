package kz.qoltanba.bridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.bridge.catalog.ModuleDownloadException;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge's catalog and module downloads go through the proxy configured with {@code proxy.*} keys. */
class ProxiedDownloadsIT {
    private static final String UNRESOLVABLE = "modules.qoltanba.invalid";

    @TempDir
    Path home;

    private HttpServer origin;
    private ForwardingProxy proxy;
    private ForwardingProxy authenticatingProxy;
    private final byte[] moduleJar = new byte[200_000];

    @BeforeEach
    void start() throws Exception {
        new SecureRandom().nextBytes(moduleJar);
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/modules/kz.qoltanba.demo-1.0.0.jar", exchange -> {
            exchange.sendResponseHeaders(200, moduleJar.length);
            exchange.getResponseBody().write(moduleJar);
            exchange.close();
        });
        origin.start();
        proxy = new ForwardingProxy(origin.getAddress());
        authenticatingProxy = new ForwardingProxy(origin.getAddress(), "bridge-user", "right-pa55");
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        authenticatingProxy.close();
        origin.stop(0);
    }

    private BridgeConfig load(Map<String, String> environment) throws Exception {
        return new BridgeConfigLoader(environment, new Properties())
                .load(new CommandLineSettings(home, null, List.of(), null, List.of(), false, null, null, null));
    }

    private URI moduleUrl() {
        return URI.create(
                "http://" + UNRESOLVABLE + ":" + origin.getAddress().getPort() + "/modules/kz.qoltanba.demo-1.0.0.jar");
    }

    @Test
    void whenProxyIsConfiguredInTheEnvironment_thenTheModuleDownloadGoesThroughIt() throws Exception {
        BridgeConfig config =
                load(Map.of("QOLTANBA_PROXY_HOST", "127.0.0.1", "QOLTANBA_PROXY_PORT", String.valueOf(proxy.port())));

        byte[] downloaded = RunningBridge.downloads(config).fetch(moduleUrl());

        assertThat(downloaded).isEqualTo(moduleJar);
        assertThat(proxy.requests()).containsExactly(moduleUrl());
    }

    @Test
    void whenNoProxyIsConfigured_thenTheUnresolvableHostIsNotReachedAndTheProxyIsNotUsed() throws Exception {
        BridgeConfig config = load(Map.of());

        assertThatThrownBy(() -> RunningBridge.downloads(config).fetch(moduleUrl()))
                .isInstanceOf(ModuleDownloadException.class)
                .hasMessageContaining(UNRESOLVABLE);
        assertThat(proxy.requests()).isEmpty();
    }

    @Test
    void whenProxyHasCredentials_thenTheTsaClientGetsTheSameProxyAndPassword() throws Exception {
        Map<String, String> env = Map.of(
                "QOLTANBA_PROXY_HOST", "127.0.0.1",
                "QOLTANBA_PROXY_PORT", String.valueOf(proxy.port()),
                "QOLTANBA_PROXY_USER", "tsa-user",
                "QOLTANBA_PROXY_PASSWORD_ENV", "TEST_PROXY_PASSWORD",
                "TEST_PROXY_PASSWORD", "pa55");

        TsaConfig tsa = RunningBridge.tsaConfig(load(env), env);

        assertThat(tsa.proxy().host()).isEqualTo("127.0.0.1");
        assertThat(tsa.proxy().port()).isEqualTo(proxy.port());
        assertThat(tsa.proxy().username()).isEqualTo("tsa-user");
        assertThat(tsa.proxy().password()).containsExactly('p', 'a', '5', '5');
    }

    private Map<String, String> authenticatingProxyEnvironment(String password) {
        return Map.of(
                "QOLTANBA_PROXY_HOST", "127.0.0.1",
                "QOLTANBA_PROXY_PORT", String.valueOf(authenticatingProxy.port()),
                "QOLTANBA_PROXY_USER", "bridge-user",
                "QOLTANBA_PROXY_PASSWORD_ENV", "TEST_PROXY_PASSWORD",
                "TEST_PROXY_PASSWORD", password);
    }

    @Test
    void whenProxyDemandsBasicAndTheCredentialsAreRight_thenTheDownloadAuthenticatesAndSucceeds() throws Exception {
        Map<String, String> env = authenticatingProxyEnvironment("right-pa55");

        byte[] downloaded = RunningBridge.downloads(load(env), env).fetch(moduleUrl());

        assertThat(downloaded).isEqualTo(moduleJar);
        assertThat(authenticatingProxy.refused()).containsExactly(moduleUrl());
        assertThat(authenticatingProxy.requests()).containsExactly(moduleUrl());
    }

    @Test
    void whenProxyDemandsBasicAndThePasswordIsWrong_thenTheDownloadFailsNamingTheProxyNotThePassword()
            throws Exception {
        Map<String, String> env = authenticatingProxyEnvironment("wrong-pa55");

        assertThatThrownBy(() -> RunningBridge.downloads(load(env), env).fetch(moduleUrl()))
                .isInstanceOf(ModuleDownloadException.class)
                .hasMessageContaining("The proxy 127.0.0.1:" + authenticatingProxy.port() + " refused the credentials")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-pa55"));
        assertThat(authenticatingProxy.requests()).isEmpty();
        assertThat(authenticatingProxy.refused()).isNotEmpty();
    }

    @Test
    void whenProxyDemandsBasicButNoUserIsConfigured_thenTheDownloadFailsWith407NamingTheProxy() throws Exception {
        BridgeConfig config = load(Map.of(
                "QOLTANBA_PROXY_HOST", "127.0.0.1", "QOLTANBA_PROXY_PORT", String.valueOf(authenticatingProxy.port())));

        assertThatThrownBy(() -> RunningBridge.downloads(config, Map.of()).fetch(moduleUrl()))
                .isInstanceOf(ModuleDownloadException.class)
                .hasMessageContaining("The proxy 127.0.0.1:" + authenticatingProxy.port())
                .hasMessageContaining("407");
        assertThat(authenticatingProxy.requests()).isEmpty();
    }
}
