package kz.qoltanba.benchmarks.bridge;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyFiles;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.VerificationOptions;

/**
 * The bridge's WebSocket benchmark. Run from the repository root, see {@code BRIDGE-RESULTS.md}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar kz.qoltanba.benchmarks.bridge.WebSocketSignBenchmark \
 *     --bridge-classpath "$BRIDGE_CP" [--bridge-jvm-args "-XX:..."] [--sockets 200] [--signatures 50] [--size 1024] [--warmup 5] [--starts 10]
 *     [--sequential 2000] [--sequential-warmup 500] [--offer-extensions permessage-deflate|none]
 *     [--browser-floor auto|off]
 * </pre>
 *
 * Exits with 1 when an answer was lost or a signature did not verify.
 */
public final class WebSocketSignBenchmark {
    private static final URI UNUSED_BASE_URL = URI.create("http://127.0.0.1:9/");

    private final BenchOptions options;
    private final SecureRandom random = new SecureRandom();
    /** The key file's password, kept for the key-file baseline and wiped after it. */
    private char[] keyPassword;

    private WebSocketSignBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        System.exit(new WebSocketSignBenchmark(options).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path work = Files.createTempDirectory("qoltanba-wsbench");
        System.out.printf(
                "%d sockets x %d signatures of %d random bytes; %d CPUs; load average %.2f; %s %s; work dir %s%n",
                options.sockets(),
                options.signatures(),
                options.size(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                work);
        DevPki pki = DevPki.generate(UNUSED_BASE_URL, Clock.systemUTC(), random, Set.of(KeyAlgorithm.RSA));
        KeyEntry key = pki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA).keyEntry();
        Path keysDir = writeKeysDir(work.resolve("keys"), key);
        Path home = work.resolve("home");

        SocketLoad.Result sockets;
        SequentialRun.SocketSide sequential = null;
        long firstStart;
        double bridgeCpuMillis;
        double clientCpuMillis;
        String bridgeThreadCpu;
        KeyStore bridgeTrust;
        BridgeProcess.prepareToTime(keysDir.resolve("bench.p12"), keysDir.resolve("bench.password"));
        try (BridgeProcess bridge = BridgeProcess.start(
                options.bridgeClassPath(), options.bridgeJvmArgs(), keysDir, home, work.resolve("bridge.log"))) {
            firstStart = bridge.startToListeningNanos;
            bridgeTrust = bridge.trustStore();
            URI uri = URI.create("wss://127.0.0.1:" + bridge.port + "/");
            SocketLoad.run(uri, bridge.trustStore(), documents(options.warmup()), options.offeredExtensions());
            List<List<byte[]>> measured = documents(options.signatures());
            long bridgeCpu = bridge.cpuNanos();
            ThreadCpu bridgeThreads = bridge.threadCpu();
            long clientCpu = clientCpuNanos();
            sockets = SocketLoad.run(uri, bridge.trustStore(), measured, options.offeredExtensions());
            bridgeCpuMillis = perSignatureMillis(bridge.cpuNanos() - bridgeCpu);
            bridgeThreadCpu = bridge.threadCpu().describeSince(bridgeThreads, options.sockets() * options.signatures());
            clientCpuMillis = perSignatureMillis(clientCpuNanos() - clientCpu);
            if (options.sequential() > 0) {
                sequential = SequentialRun.overSocket(
                        bridge,
                        uri,
                        documentList(options.sequentialWarmup()),
                        documentList(options.sequential()),
                        options.offeredExtensions());
            }
        }
        AnswerCheck check = new AnswerCheck(VerificationOptions.builder()
                .trustAnchor(pki.root(KeyAlgorithm.RSA).certificate())
                .extraCertificate(pki.intermediate(KeyAlgorithm.RSA).certificate())
                .crl(pki.crl(KeyAlgorithm.RSA))
                .revocationPolicy(RevocationPolicy.HARD)
                .build());
        AnswerCheck.Verdict verdict = check.judge(sockets.answers());
        AnswerCheck.Verdict sequentialVerdict = sequential == null
                ? new AnswerCheck.Verdict(0, 0, Set.of())
                : check.judge(sequential.result().answers());

        CmsSigner signer = CmsSigner.create(key, CmsOptions.defaults());
        InProcessLoad.run(signer::sign, documents(options.warmup()));
        List<List<byte[]>> baselineDocuments = documents(options.signatures());
        long cpu = clientCpuNanos();
        Latencies inProcess = InProcessLoad.run(signer::sign, baselineDocuments);
        double inProcessCpuMillis = perSignatureMillis(clientCpuNanos() - cpu);
        SequentialRun.InProcessSide sequentialInProcess = options.sequential() == 0
                ? null
                : SequentialRun.inProcess(
                        signer::sign, documentList(options.sequentialWarmup()), documentList(options.sequential()));
        Latencies tlsFloor = sequential == null
                ? null
                : TlsFloor.measure(
                        keysDir.resolve("bench.p12"),
                        keysDir.resolve("bench.password"),
                        key.certificate(),
                        utf8Length(SocketLoad.signRequest(new byte[options.size()])),
                        utf8Length(sequential.result().answers().get(0).response()),
                        options.sequentialWarmup(),
                        options.sequential());
        List<JettyEchoFloor.Floor> jettyFloors = new ArrayList<>();
        if (sequential != null) {
            boolean withBrowser = browserFloorCanRun();
            byte[] document = new byte[options.size()];
            random.nextBytes(document);
            for (JettyEchoFloor.Mode mode : JettyEchoFloor.Mode.values()) {
                jettyFloors.add(JettyEchoFloor.measure(
                        home,
                        bridgeTrust,
                        SocketLoad.signRequest(document),
                        sequential.result().answers().get(0).response(),
                        mode,
                        options.sequentialWarmup(),
                        options.sequential(),
                        options.offeredExtensions(),
                        withBrowser,
                        work));
            }
        }
        InProcessLoad.Signing fromFile = document -> signFromKeyFile(keysDir.resolve("bench.p12"), document);
        InProcessLoad.run(fromFile, documents(options.warmup()));
        baselineDocuments = documents(options.signatures());
        cpu = clientCpuNanos();
        Latencies inProcessFromFile = InProcessLoad.run(fromFile, baselineDocuments);
        double keyFileCpuMillis = perSignatureMillis(clientCpuNanos() - cpu);
        Arrays.fill(keyPassword, '\0');

        List<Long> starts = new ArrayList<>();
        List<Long> firstAnswers = new ArrayList<>();
        for (int i = 0; i < options.starts(); i++) {
            try (BridgeProcess bridge = BridgeProcess.start(
                    options.bridgeClassPath(),
                    options.bridgeJvmArgs(),
                    keysDir,
                    home,
                    work.resolve("bridge-start-" + i + ".log"))) {
                starts.add(bridge.startToListeningNanos);
                // Then the first signature through a module: the host is ready only when its modules answer.
                URI uri = URI.create("wss://127.0.0.1:" + bridge.port + "/");
                byte[] one = new byte[options.size()];
                random.nextBytes(one);
                SocketLoad.Result first =
                        SocketLoad.run(uri, bridge.trustStore(), List.of(List.of(one)), options.offeredExtensions());
                if (first.lost() == 0) {
                    firstAnswers.add(System.nanoTime() - bridge.startedNanos);
                }
            }
        }
        long[] answered =
                firstAnswers.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "start to first signature answered (%d restarts): min %.0f ms, median %.0f ms, max %.0f ms%n",
                answered.length,
                answered.length == 0 ? Double.NaN : answered[0] / 1e6,
                answered.length == 0 ? Double.NaN : answered[(answered.length - 1) / 2] / 1e6,
                answered.length == 0 ? Double.NaN : answered[answered.length - 1] / 1e6);
        System.out.printf(
                "CPU per signature: websocket %.2f ms (bridge process %.2f ms + client %.2f ms); in-process %.2f ms; "
                        + "in-process with the key file opened per signature %.2f ms; ratio websocket/in-process %.2f%n",
                bridgeCpuMillis + clientCpuMillis,
                bridgeCpuMillis,
                clientCpuMillis,
                inProcessCpuMillis,
                keyFileCpuMillis,
                (bridgeCpuMillis + clientCpuMillis) / inProcessCpuMillis);
        System.out.println("bridge CPU per signature by thread, ms: " + bridgeThreadCpu);
        boolean sequentialComplete = true;
        if (sequential != null) {
            System.out.println(SequentialRun.describe(sequential, sequentialInProcess, options.offeredExtensions()));
            System.out.println(SequentialRun.describeFloor(sequential, sequentialInProcess, tlsFloor, jettyFloors));
            int lost = sequential.result().lost();
            System.out.printf(
                    "sequential answers: %d of %d, lost %d; signatures valid %d, invalid %d%s%n",
                    options.sequential() - lost,
                    options.sequential(),
                    lost,
                    sequentialVerdict.valid(),
                    sequentialVerdict.invalid(),
                    sequentialVerdict.reasons().isEmpty() ? "" : " " + sequentialVerdict.reasons());
            sequentialComplete =
                    lost == 0 && sequentialVerdict.valid() == options.sequential() && sequentialVerdict.invalid() == 0;
        }
        return report(sockets, verdict, inProcess, inProcessFromFile, firstStart, starts) && sequentialComplete;
    }

    /** Whether the latency mode also times the echo from headless Chromium; says why not when it does not. */
    private boolean browserFloorCanRun() {
        Optional<String> missing = options.browserFloor() ? BrowserFloor.missing() : Optional.of("--browser-floor off");
        missing.ifPresent(what -> System.out.println("browser floor skipped: " + what));
        return missing.isEmpty();
    }

    private double perSignatureMillis(long cpuNanos) {
        return cpuNanos / 1e6 / (options.sockets() * (double) options.signatures());
    }

    private static int utf8Length(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** CPU time of this JVM, all threads (client or in-process signing, GC included). */
    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Opens the key file and signs, as the bridge does for each request in unattended mode. */
    private byte[] signFromKeyFile(Path file, byte[] document) throws SigningException {
        char[] password = keyPassword.clone();
        try (KeyStoreSource source = KeyStores.open(StorageType.PKCS12, file, password)) {
            return CmsSigner.create(source.keys().get(0), CmsOptions.defaults()).sign(document);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private boolean report(
            SocketLoad.Result sockets,
            AnswerCheck.Verdict verdict,
            Latencies inProcess,
            Latencies inProcessFromFile,
            long firstStart,
            List<Long> starts) {
        Latencies ws = sockets.latencies();
        int expected = options.sockets() * options.signatures();
        System.out.printf(
                "answers: %d of %d, lost %d; signatures valid %d, invalid %d%s%n",
                sockets.answers().size() - sockets.lost(),
                expected,
                sockets.lost(),
                verdict.valid(),
                verdict.invalid(),
                verdict.reasons().isEmpty() ? "" : " " + verdict.reasons());
        System.out.println("WebSocket extensions accepted by the bridge: "
                + (sockets.negotiatedExtensions().isEmpty() ? "none" : sockets.negotiatedExtensions()));
        System.out.println("websocket:  " + ws.describe());
        System.out.println("in-process: " + inProcess.describe());
        System.out.println(
                "in-process, key file opened per signature as unattended mode does: " + inProcessFromFile.describe());
        System.out.printf(
                "ratio websocket/in-process with the key file opened per signature: throughput %.3f, p50 %.3f%n",
                ws.throughputPerSecond() / inProcessFromFile.throughputPerSecond(),
                ws.percentileMillis(50) / inProcessFromFile.percentileMillis(50));
        double overhead = inProcess.throughputPerSecond() / ws.throughputPerSecond() - 1;
        System.out.printf(
                "ratio websocket/in-process: throughput %.3f (cost per signature %+.1f%%, target <= +10%%), "
                        + "p50 %.3f, p99 %.3f%n",
                ws.throughputPerSecond() / inProcess.throughputPerSecond(),
                overhead * 100,
                ws.percentileMillis(50) / inProcess.percentileMillis(50),
                ws.percentileMillis(99) / inProcess.percentileMillis(99));
        long[] sorted = starts.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "start to listening (TLS accepted): first start on a fresh home %.0f ms; %d restarts: "
                        + "min %.0f ms, median %.0f ms, max %.0f ms (target < 1500 ms)%n",
                firstStart / 1e6,
                sorted.length,
                sorted.length == 0 ? Double.NaN : sorted[0] / 1e6,
                sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2] / 1e6,
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        boolean complete = sockets.lost() == 0 && verdict.valid() == expected && verdict.invalid() == 0;
        System.out.println(complete ? "nothing lost, every signature valid" : "FAILED: answers lost or invalid");
        return complete;
    }

    /** Distinct random documents, one list per socket (or thread). */
    private List<List<byte[]>> documents(int perSocket) {
        Set<ByteBuffer> seen = new HashSet<>();
        List<List<byte[]>> all = new ArrayList<>();
        for (int s = 0; s < options.sockets(); s++) {
            List<byte[]> documents = new ArrayList<>();
            while (documents.size() < perSocket) {
                byte[] document = new byte[options.size()];
                random.nextBytes(document);
                if (seen.add(ByteBuffer.wrap(document))) {
                    documents.add(document);
                }
            }
            all.add(documents);
        }
        return all;
    }

    /** Distinct random documents for one socket (or thread). */
    private List<byte[]> documentList(int count) {
        List<byte[]> documents = new ArrayList<>(count);
        while (documents.size() < count) {
            byte[] document = new byte[options.size()];
            random.nextBytes(document);
            documents.add(document);
        }
        return documents;
    }

    /** The unattended keys directory: {@code bench.p12} and its password in {@code bench.password} (mode 600). */
    private Path writeKeysDir(Path directory, KeyEntry key) throws Exception {
        Files.createDirectories(directory);
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        Path passwordFile = directory.resolve("bench.password");
        Files.createFile(
                passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
        KeyFiles.writePkcs12(directory.resolve("bench.p12"), key.privateKey(), key.chain(), password.clone());
        keyPassword = password;
        return directory;
    }
}
