package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/qoltanba-bridge.jar} as a user runs it: {@code java -jar … serve --unattended --keys-dir …} in
 * its own process, signing with RSA and KZ GOST-2015 keys through the socket (Bouncy Castle unsigned inside the
 * jar), then stopped. Prints the time from process start to the "Listening" line.
 */
class SelfContainedJarIT {
    private static final Path JAR = Path.of("target", "qoltanba-bridge.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on wss://127\\.0\\.0\\.1:(\\d+)/");
    private static final byte[] DATA = "signed from the self-contained jar".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path work;

    @Test
    void whenJarListed_thenItHoldsTheBuiltinBundleMergedServicesAndNoSignatureFiles() throws Exception {
        assertThat(JAR).as("run mvn package first").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .toList();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("kz.qoltanba.bridge.cli.Main");
            assertThat(names)
                    .contains(
                            "builtin/qoltanba-builtin-modules.jar",
                            "META-INF/services/org.osgi.framework.launch.FrameworkFactory",
                            "org/bouncycastle/jce/provider/BouncyCastleProvider.class",
                            "kz/qoltanba/signing/algorithm/Signatures.class");
            assertThat(names)
                    .noneMatch(name -> name.startsWith("META-INF/")
                            && name.indexOf('/', "META-INF/".length()) < 0
                            && (name.endsWith(".SF") || name.endsWith(".DSA") || name.endsWith(".RSA")));
        }
    }

    @Test
    void whenJarManifestRead_thenItRepeatsSigningCoresExportsAndBouncyCastlesVersion() throws Exception {
        assertThat(JAR).as("run mvn package first").exists();
        Manifest signingCore = manifestOf(kz.qoltanba.signing.algorithm.Signatures.class);
        Manifest bouncyCastle = manifestOf(org.bouncycastle.cms.CMSSignedData.class);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes shaded = jar.getManifest().getMainAttributes();
            assertThat(exportedPackages(shaded.getValue("Export-Package")))
                    .isEqualTo(exportedPackages(signingCore.getMainAttributes().getValue("Export-Package")));
            assertThat(shaded.getValue("Bundle-Version"))
                    .isEqualTo(bouncyCastle.getMainAttributes().getValue("Bundle-Version"));
        }
    }

    private static Manifest manifestOf(Class<?> type) throws Exception {
        Path location =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (var in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.getManifest();
        }
    }

    /** Package name to version of an Export-Package header ({@code uses:} lists left out). */
    private static Map<String, String> exportedPackages(String header) {
        assertThat(header).isNotNull();
        Map<String, String> packages = new TreeMap<>();
        Matcher clause = Pattern.compile("([a-z0-9.]+);version=\"([0-9.]+)\"").matcher(header);
        while (clause.find()) {
            packages.put(clause.group(1), clause.group(2));
        }
        return packages;
    }

    @Test
    void whenRunWithJavaJar_thenItListensSignsWithRsaAndGostAndStops() throws Exception {
        assertThat(JAR).as("run mvn package first").exists();
        try (WireFixture fixture = new WireFixture(work)) {
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "serve",
                    "--home",
                    fixture.home.toString(),
                    "--port",
                    "0",
                    "--allowed-origin",
                    WireClient.ORIGIN,
                    "--tsa-url",
                    fixture.tsaUrl(),
                    "--trust",
                    fixture.rsaRoot.toString(),
                    "--trust",
                    fixture.gostRoot.toString(),
                    "--unattended",
                    "--keys-dir",
                    fixture.keysDir.toString());
            long started = System.nanoTime();
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(() -> readOutput(process, output, port, started), "bridge-output");
            reader.setDaemon(true);
            reader.start();
            try {
                int boundPort = port.get(60, TimeUnit.SECONDS);
                signThrough(fixture, boundPort);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("bridge output:\n" + String.join("\n", output), e);
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            assertThat(process.exitValue()).as(String.join("\n", output)).isIn(0, 143);
            assertThat(Files.exists(fixture.home.resolve("logs").resolve("audit.log")))
                    .isTrue();
        }
    }

    private static void readOutput(
            Process process, List<String> output, CompletableFuture<Integer> port, long started) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (!port.isDone() && listening.find()) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    System.out.println("qoltanba-bridge.jar start-to-listening: " + millis + " ms");
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
            port.completeExceptionally(new AssertionError("the bridge exited without listening"));
        } catch (Exception e) {
            port.completeExceptionally(e);
        }
    }

    private static void signThrough(WireFixture fixture, int port) throws Exception {
        ControlClient control = new ControlClient(port);
        try (WireClient client = new WireClient(fixture.serverCertificate, port)) {
            WireSocket socket = client.connect();
            String request = WireEndToEndIT.commonUtils(
                    "createCAdESFromBase64",
                    "PKCS12",
                    "SIGNATURE",
                    Base64.getEncoder().encodeToString(DATA),
                    true);
            byte[] rsa = cms(WireClient.call(socket, request));
            assertThat(control.post("/unattended/next", "{\"key\":\"" + WireFixture.GOST_KEY + "\"}")
                            .status())
                    .isEqualTo(200);
            byte[] gost = cms(WireClient.call(socket, request));
            assertThat(control.post("/unattended/next", "{\"key\":\"" + WireFixture.GOST_KEY + "\"}")
                            .status())
                    .isEqualTo(200);
            JsonNode xml = WireClient.call(
                    socket, WireEndToEndIT.commonUtils("signXml", "PKCS12", "SIGNATURE", "<a><b>1</b></a>", "", ""));
            socket.close();

            WireEndToEndIT.passed(fixture.verifyCms(rsa, null));
            WireEndToEndIT.passed(fixture.verifyCms(gost, null));
            assertThat(serial(rsa)).isEqualTo(fixture.rsaSerial);
            assertThat(serial(gost)).isEqualTo(fixture.gostSerial);
            WireEndToEndIT.passed(fixture.verifyXml(xml.get("responseObject").asText()));
        }
    }

    private static byte[] cms(JsonNode response) {
        assertThat(response.path("code").asText()).as(response.toString()).isEqualTo("200");
        return Base64.getDecoder().decode(response.get("responseObject").asText());
    }

    private static String serial(byte[] cms) throws Exception {
        return new CMSSignedData(cms)
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next()
                .getSID()
                .getSerialNumber()
                .toString(16);
    }
}
