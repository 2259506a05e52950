package kz.qoltanba.bridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import kz.qoltanba.bridge.catalog.ModuleDownloadException;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge's catalog and module downloads go through the proxy configured with {@code proxy.*} keys: plain
 * http as forwarded requests, https through a CONNECT tunnel. Basic on a tunnel needs
 * {@code jdk.http.auth.tunneling.disabledSchemes} empty, which {@code cli.Main} sets for the bridge and the
 * failsafe configuration sets for this JVM.
 */
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
        if (httpsOrigin != null) {
            httpsOrigin.stop(0);
        }
    }

    private HttpsServer httpsOrigin;

    /** An https server for the unresolvable name, and a client context that trusts only its certificate. */
    private SSLContext startHttpsOrigin() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + UNRESOLVABLE);
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.TWO,
                                Date.from(now.minus(1, ChronoUnit.HOURS)),
                                Date.from(now.plus(1, ChronoUnit.DAYS)),
                                name,
                                pair.getPublic())
                        .addExtension(
                                Extension.subjectAlternativeName,
                                false,
                                new GeneralNames(new GeneralName(GeneralName.dNSName, UNRESOLVABLE)))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        char[] password = "test".toCharArray();
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        serverKeys.load(null, null);
        serverKeys.setKeyEntry("server", pair.getPrivate(), password, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, password);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        httpsOrigin = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        httpsOrigin.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        httpsOrigin.createContext("/modules/kz.qoltanba.demo-1.0.0.jar", exchange -> {
            exchange.sendResponseHeaders(200, moduleJar.length);
            exchange.getResponseBody().write(moduleJar);
            exchange.close();
        });
        httpsOrigin.start();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("origin", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trust.getTrustManagers(), null);
        return clientTls;
    }

    private URI httpsModuleUrl() {
        return URI.create("https://" + UNRESOLVABLE + ":"
                + httpsOrigin.getAddress().getPort() + "/modules/kz.qoltanba.demo-1.0.0.jar");
    }

    @Test
    void whenAnHttpsModuleIsDownloadedThroughTheProxy_thenItGoesThroughACONNECTTunnel() throws Exception {
        SSLContext tls = startHttpsOrigin();
        try (ForwardingProxy tunnelling = new ForwardingProxy(httpsOrigin.getAddress())) {
            Map<String, String> env = Map.of(
                    "QOLTANBA_PROXY_HOST", "127.0.0.1", "QOLTANBA_PROXY_PORT", String.valueOf(tunnelling.port()));

            byte[] downloaded = RunningBridge.downloads(load(env), env, tls).fetch(httpsModuleUrl());

            assertThat(downloaded).isEqualTo(moduleJar);
            assertThat(tunnelling.tunnels())
                    .containsExactly(
                            UNRESOLVABLE + ":" + httpsOrigin.getAddress().getPort());
            assertThat(tunnelling.requests())
                    .as("no plain request: the proxy only saw CONNECT")
                    .isEmpty();
        }
    }

    @Test
    void whenTheProxyDemandsBasicOnTheTunnel_thenTheCredentialsAnswerItAndTheHttpsDownloadSucceeds() throws Exception {
        SSLContext tls = startHttpsOrigin();
        try (ForwardingProxy tunnelling = new ForwardingProxy(httpsOrigin.getAddress(), "bridge-user", "right-pa55")) {
            Map<String, String> env = authenticatingProxyEnvironment(tunnelling, "right-pa55");

            byte[] downloaded = RunningBridge.downloads(load(env), env, tls).fetch(httpsModuleUrl());

            assertThat(downloaded).isEqualTo(moduleJar);
            String target = UNRESOLVABLE + ":" + httpsOrigin.getAddress().getPort();
            assertThat(tunnelling.refused())
                    .as("first CONNECT without credentials")
                    .containsExactly(URI.create("https://" + target));
            assertThat(tunnelling.tunnels()).containsExactly(target);
        }
    }

    @Test
    void whenTheTunnelsProxyRefusesTheCredentials_thenTheHttpsDownloadFailsNamingTheProxy() throws Exception {
        SSLContext tls = startHttpsOrigin();
        try (ForwardingProxy tunnelling = new ForwardingProxy(httpsOrigin.getAddress(), "bridge-user", "right-pa55")) {
            Map<String, String> env = authenticatingProxyEnvironment(tunnelling, "wrong-pa55");

            assertThatThrownBy(
                            () -> RunningBridge.downloads(load(env), env, tls).fetch(httpsModuleUrl()))
                    .isInstanceOf(ModuleDownloadException.class)
                    .hasMessageContaining("127.0.0.1:" + tunnelling.port())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-pa55"));
            assertThat(tunnelling.tunnels()).isEmpty();
        }
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
        return authenticatingProxyEnvironment(authenticatingProxy, password);
    }

    /** The proxy.* keys naming {@code proxy} with user {@code bridge-user} and the password in a variable. */
    private static Map<String, String> authenticatingProxyEnvironment(ForwardingProxy proxy, String password) {
        return Map.of(
                "QOLTANBA_PROXY_HOST", "127.0.0.1",
                "QOLTANBA_PROXY_PORT", String.valueOf(proxy.port()),
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
