package kz.qoltanba.benchmarks.bridge;

import java.net.URI;
import java.util.List;

/**
 * The latency mode: ONE socket, its signatures one after the other (each sent when the previous answer came),
 * against one thread signing the same number of documents in-process with the same key. With idle cores this
 * is the cost of one request as a page feels it, without 200 sockets queueing on 2 cores.
 */
final class SequentialRun {
    /** The socket's answers and latencies and the CPU per signature of both processes during them. */
    record SocketSide(
            SocketLoad.Result result,
            double bridgeCpuMillis,
            double clientCpuMillis,
            String bridgeThreads,
            SocketLoad.Result noOps) {}

    /** One thread's in-process latencies and its CPU per signature. */
    record InProcessSide(Latencies latencies, double cpuMillis) {}

    private SequentialRun() {}

    /** A warm-up on one socket, then the measured documents on a fresh one. */
    static SocketSide overSocket(
            BridgeProcess bridge, URI uri, List<byte[]> warmup, List<byte[]> measured, List<String> extensions)
            throws Exception {
        SocketLoad.run(uri, bridge.trustStore(), List.of(warmup), extensions);
        long bridgeCpu = bridge.cpuNanos();
        ThreadCpu threads = bridge.threadCpu();
        long clientCpu = WebSocketSignBenchmark.clientCpuNanos();
        SocketLoad.Result result = SocketLoad.run(uri, bridge.trustStore(), List.of(measured), extensions);
        double bridgeCpuMillis = perSignature(bridge.cpuNanos() - bridgeCpu, measured);
        double clientCpuMillis = perSignature(WebSocketSignBenchmark.clientCpuNanos() - clientCpu, measured);
        String bridgeThreads = bridge.threadCpu().describeSince(threads, measured.size());
        SocketLoad.noOps(uri, bridge.trustStore(), warmup.size(), extensions);
        SocketLoad.Result noOps = SocketLoad.noOps(uri, bridge.trustStore(), measured.size(), extensions);
        return new SocketSide(result, bridgeCpuMillis, clientCpuMillis, bridgeThreads, noOps);
    }

    /** One thread, the same number of documents, after its own warm-up. */
    static InProcessSide inProcess(InProcessLoad.Signing signer, List<byte[]> warmup, List<byte[]> measured)
            throws Exception {
        InProcessLoad.run(signer, List.of(warmup));
        long before = WebSocketSignBenchmark.clientCpuNanos();
        Latencies latencies = InProcessLoad.run(signer, List.of(measured));
        return new InProcessSide(latencies, perSignature(WebSocketSignBenchmark.clientCpuNanos() - before, measured));
    }

    static String describe(SocketSide socket, InProcessSide inProcess, List<String> offered) {
        Latencies ws = socket.result().latencies();
        Latencies local = inProcess.latencies();
        return String.format(
                "sequential, one socket: %s%n"
                        + "sequential, one thread in-process: %s%n"
                        + "sequential, one socket, no-op requests (accessory getBundles, no signature): %s "
                        + "(%d lost)%n"
                        + "WebSocket extensions offered: %s; accepted by the bridge: %s%n"
                        + "sequential CPU per signature: bridge process %.2f ms + client %.2f ms; in-process %.2f ms%n"
                        + "sequential bridge CPU per signature by thread, ms: %s%n"
                        + "sequential ratio websocket/in-process: p50 %.3f (%+.3f ms), p99 %.3f (%+.3f ms), "
                        + "throughput %.3f",
                ws.describe(),
                local.describe(),
                socket.noOps().latencies().describe(),
                socket.noOps().lost(),
                offered.isEmpty() ? "none" : String.join(", ", offered),
                socket.result().negotiatedExtensions().isEmpty()
                        ? "none"
                        : socket.result().negotiatedExtensions(),
                socket.bridgeCpuMillis(),
                socket.clientCpuMillis(),
                inProcess.cpuMillis(),
                socket.bridgeThreads(),
                ws.percentileMillis(50) / local.percentileMillis(50),
                ws.percentileMillis(50) - local.percentileMillis(50),
                ws.percentileMillis(99) / local.percentileMillis(99),
                ws.percentileMillis(99) - local.percentileMillis(99),
                ws.throughputPerSecond() / local.throughputPerSecond());
    }

    /**
     * What a round trip costs before any signing, against the target's budget (10 % of the in-process median):
     * a bare TLS exchange of the same sizes between two JVMs, the same Jetty WebSocket server as the bridge
     * answering a fixed signature answer (on its own thread, then after a hand-off as the bridge does; the first
     * also to the JDK's client and, when it ran, to headless Chromium), and the no-op request through the bridge.
     */
    static String describeFloor(
            SocketSide socket, InProcessSide inProcess, Latencies tlsFloor, List<JettyEchoFloor.Floor> jettyFloors) {
        double budget = inProcess.latencies().percentileMillis(50) * 0.10;
        JettyEchoFloor.Floor inlineFloor = jettyFloors.get(JettyEchoFloor.Mode.INLINE.ordinal());
        Latencies inline = inlineFloor.jettyClient();
        Latencies inlineJdk = inlineFloor.jdkClient();
        BrowserFloor.Result browser = inlineFloor.browser();
        Latencies handoff =
                jettyFloors.get(JettyEchoFloor.Mode.HANDOFF.ordinal()).jettyClient();
        return String.format(
                "sequential, TLS echo of the same sizes between two JVMs (no WebSocket, no bridge): %s%n"
                        + "sequential, Jetty WebSocket echo of a signature answer, answered on the Jetty thread "
                        + "(no bridge; extensions accepted: %s): %s%n"
                        + "sequential, the same echo with the JDK's WebSocket client (java.net.http): %s%n"
                        + "%s"
                        + "sequential, Jetty WebSocket echo of a signature answer, after a hand-off to a pool thread "
                        + "(no bridge): %s%n"
                        + "round trip before any signing, p50: TLS echo %.3f ms, Jetty WebSocket echo %.3f ms "
                        + "(JDK client %.3f ms;%s with a hand-off %.3f ms), no-op through the bridge %.3f ms; "
                        + "the 10 %% budget is %.3f ms; signature round trip over in-process %+.3f ms",
                tlsFloor.describe(),
                inlineFloor.jettyClientExtensions(),
                inline.describe(),
                inlineJdk.describe(),
                browser == null
                        ? ""
                        : String.format(
                                "sequential, the same echo from headless Chromium (%s): %s%n",
                                browser.describeSetting(), browser.latencies().describe()),
                handoff.describe(),
                tlsFloor.percentileMillis(50),
                inline.percentileMillis(50),
                inlineJdk.percentileMillis(50),
                browser == null
                        ? ""
                        : String.format(
                                " Chromium %.3f ms;", browser.latencies().percentileMillis(50)),
                handoff.percentileMillis(50),
                socket.noOps().latencies().percentileMillis(50),
                budget,
                socket.result().latencies().percentileMillis(50)
                        - inProcess.latencies().percentileMillis(50));
    }

    private static double perSignature(long cpuNanos, List<byte[]> measured) {
        return cpuNanos / 1e6 / measured.size();
    }
}
