package kz.qoltanba.bridge.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.ws.TestBridge;
import kz.qoltanba.bridge.ws.TestSocket;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import kz.qoltanba.signing.validation.XmlVerifier;

/**
 * A development PKI with its HTTP server (TSA, OCSP, CRLs), a real Felix module host in which the built-in
 * modules bundle is installed exactly as at start-up (routed through its service tracker), the fake host
 * signing service, and a real TLS bridge server with a WebSocket client.
 */
final class ModulesFixture implements AutoCloseable {
    final ObjectMapper json = new ObjectMapper();
    final DevPkiServer pkiServer;
    final FakeHost host;
    final ModuleHost moduleHost;
    final TestBridge bridge;
    final Path home;
    /** The symbolic name of the built-in modules bundle, or {@code in-process} when the build has none. */
    final String builtin;

    ModulesFixture() throws Exception {
        this(KeyAlgorithm.RSA);
    }

    /** With the development PKI of one key family; the fake host signs with its keys. */
    ModulesFixture(KeyAlgorithm algorithm) throws Exception {
        home = Files.createTempDirectory("modules-it");
        pkiServer = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(algorithm));
        host = new FakeHost(pkiServer.pki());
        host.algorithm = algorithm;
        moduleHost = ModuleHost.start(home.resolve("felix-cache"), host, host);
        builtin = BuiltinModulesInstaller.start(moduleHost, home.resolve("builtin"), "0.1.0");
        bridge = new TestBridge(home, moduleHost.modules(), ConsentPrompt.denyAll(), 1 << 20, false);
    }

    TestSocket connect() throws Exception {
        return bridge.connect(TestBridge.LISTED_ORIGIN);
    }

    JsonNode call(TestSocket socket, String request) throws Exception {
        socket.send(request);
        return json.readTree(socket.next());
    }

    VerificationOptions verification() {
        return VerificationOptions.builder()
                .trustAnchor(host.pki.root(host.algorithm).certificate())
                .extraCertificate(host.pki.intermediate(host.algorithm).certificate())
                .revocationPolicy(RevocationPolicy.HARD)
                .build();
    }

    ValidationReport verifyCms(byte[] cms, byte[] detachedContent) throws Exception {
        return CmsVerifier.create(RevocationTransport.http(Duration.ofSeconds(5)), new SecureRandom(), Duration.ZERO)
                .verify(
                        cms,
                        Optional.ofNullable(detachedContent).map(java.io.ByteArrayInputStream::new),
                        verification());
    }

    ValidationReport verifyDigest(byte[] cms, byte[] digest) throws Exception {
        return CmsVerifier.create(RevocationTransport.http(Duration.ofSeconds(5)), new SecureRandom(), Duration.ZERO)
                .verifyDigest(cms, digest, host.algorithm.digestOid(), verification());
    }

    ValidationReport verifyXml(byte[] xml) throws Exception {
        return XmlVerifier.create(RevocationTransport.http(Duration.ofSeconds(5)), new SecureRandom(), Duration.ZERO)
                .verify(xml, verification());
    }

    static boolean passed(ValidationReport report) {
        return report.indication() == Indication.TOTAL_PASSED;
    }

    @Override
    public void close() throws Exception {
        bridge.close();
        moduleHost.close();
        pkiServer.close();
    }
}
