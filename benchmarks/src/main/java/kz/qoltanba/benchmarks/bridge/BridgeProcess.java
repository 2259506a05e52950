package kz.qoltanba.benchmarks.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A bridge started as its own process ({@code kz.qoltanba.bridge.cli.Main serve --unattended}) and how
 * long it took from process start until its port completed a TLS handshake with the certificate the
 * bridge keeps in its home.
 */
final class BridgeProcess implements AutoCloseable {
    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Process process;
    final int port;
    final long startToListeningNanos;
    final X509Certificate certificate;
    /** {@link System#nanoTime()} when the process was started. */
    final long startedNanos;

    private BridgeProcess(
            Process process, int port, long startToListeningNanos, X509Certificate certificate, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startToListeningNanos = startToListeningNanos;
        this.certificate = certificate;
        this.startedNanos = startedNanos;
    }

    /** Starts a bridge on a free loopback port and waits until it accepts TLS; its output goes to {@code log}. */
    static BridgeProcess start(String classPath, List<String> jvmArgs, Path keysDir, Path home, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-cp",
                classPath,
                "kz.qoltanba.bridge.cli.Main",
                "serve",
                "--unattended",
                "--keys-dir",
                keysDir.toString(),
                "--home",
                home.toString(),
                "--port",
                Integer.toString(port)));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            X509Certificate certificate = awaitTls(process, home, port, started, log);
            return new BridgeProcess(process, port, System.nanoTime() - started, certificate, started);
        } catch (IOException | RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    private static X509Certificate awaitTls(Process process, Path home, int port, long started, Path log)
            throws IOException, InterruptedException {
        Path keyStore = home.resolve("tls/server.p12");
        Path password = home.resolve("tls/server.p12.password");
        X509Certificate certificate = null;
        SSLContext trusting = null;
        while (System.nanoTime() - started < START_TIMEOUT_NANOS) {
            if (!process.isAlive()) {
                throw new IOException("the bridge exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (certificate == null && Files.isRegularFile(keyStore) && Files.isRegularFile(password)) {
                    certificate = serverCertificate(keyStore, password);
                    // made once: a new TLS context every 5 ms took CPU from the bridge starting on the same cores
                    trusting = trusting(certificate);
                }
                if (certificate != null && handshake(trusting, port)) {
                    return certificate;
                }
            } catch (IOException | GeneralSecurityException notYet) {
                // the store is still being written or the port is not yet open: try again shortly
            }
            Thread.sleep(5);
        }
        throw new IOException("the bridge did not accept TLS on port " + port + " within 60 s; see " + log);
    }

    private static X509Certificate serverCertificate(Path keyStoreFile, Path passwordFile)
            throws IOException, GeneralSecurityException {
        char[] password =
                Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        String alias = keyStore.aliases().nextElement();
        return (X509Certificate) keyStore.getCertificate(alias);
    }

    /** A trust store holding only the bridge's server certificate. */
    KeyStore trustStore() throws IOException, GeneralSecurityException {
        return trustStore(certificate);
    }

    private static KeyStore trustStore(X509Certificate certificate) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("bridge", certificate);
        return trust;
    }

    private static SSLContext trusting(X509Certificate certificate) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore(certificate));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /**
     * Gets this JVM ready to time a start: one TLS handshake on loopback through the same probe code (key store
     * read, trust context, TLS 1.3 handshake) against a server in this JVM using {@code keyFile}, then waits until
     * this JVM's JIT compilers have been idle for 200 ms (at most 10 s). Without it the first start's figure
     * included this JVM loading and compiling its own TLS code on the same cores.
     */
    static void prepareToTime(Path keyFile, Path passwordFile) throws IOException, GeneralSecurityException {
        char[] password =
                Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyFile)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        Arrays.fill(password, '\0');
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        SSLContext clientContext = trusting(serverCertificate(keyFile, passwordFile));
        try (SSLServerSocket server = (SSLServerSocket)
                serverContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.startHandshake();
                } catch (IOException e) {
                    System.err.println("TLS warm-up (server side): " + e);
                }
            });
            accepting.start();
            handshake(clientContext, server.getLocalPort());
            accepting.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitIdleCompilers();
    }

    private static void awaitIdleCompilers() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        long last = compiler.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = compiler.getTotalCompilationTime();
            if (now == last) {
                return;
            }
            last = now;
        }
    }

    private static boolean handshake(SSLContext context, int port) throws IOException {
        try (SSLSocket socket =
                (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port)) {
            socket.startHandshake();
            return true;
        } catch (java.net.ConnectException notListening) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The bridge's CPU time so far per thread (Linux only, else empty). */
    ThreadCpu threadCpu() {
        return ThreadCpu.of(process.pid());
    }

    /** CPU time the bridge process has used so far, all threads. */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the bridge's CPU time is not available"))
                .toNanos();
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
