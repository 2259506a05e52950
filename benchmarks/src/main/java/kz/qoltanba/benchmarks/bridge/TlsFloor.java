package kz.qoltanba.benchmarks.bridge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The floor under any WebSocket round trip on this machine: two JVMs exchanging one request and one answer of
 * the sizes a signature request and its answer have, over a TLS 1.3 socket on loopback, with blocking I/O and
 * no framing, parsing or thread hand-off. The server is its own process ({@link #main}); the client runs in the
 * benchmark's JVM and trusts exactly the server's certificate.
 */
final class TlsFloor {
    private TlsFloor() {}

    /**
     * The echo server: {@code <pkcs12 file> <password file> <answer bytes>}. Prints its port on the first line,
     * then answers every length-prefixed request with a length-prefixed answer of the given size, until stopped.
     */
    public static void main(String[] args) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(Path.of(args[1])).strip().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("SunX509");
        keyManagers.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keyManagers.getKeyManagers(), null, null);
        byte[] answer = new byte[Integer.parseInt(args[2])];
        try (SSLServerSocket server = (SSLServerSocket)
                context.getServerSocketFactory().createServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            System.out.println(server.getLocalPort());
            System.out.flush();
            while (true) {
                Socket socket = server.accept();
                new Thread(() -> echo(socket, answer)).start();
            }
        }
    }

    private static void echo(Socket socket, byte[] answer) {
        try (socket) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
            byte[] request = new byte[1 << 20];
            while (true) {
                in.readFully(request, 0, in.readInt());
                out.writeInt(answer.length);
                out.write(answer);
                out.flush();
            }
        } catch (EOFException closed) {
            // the client is done
        } catch (IOException e) {
            System.err.println("echo: " + e);
        }
    }

    /**
     * Starts the server as its own process with the key in {@code keyFile}, then times {@code warmup + count}
     * round trips of {@code requestBytes} out and {@code answerBytes} back; the latencies of the last
     * {@code count}.
     */
    static Latencies measure(
            Path keyFile,
            Path passwordFile,
            X509Certificate certificate,
            int requestBytes,
            int answerBytes,
            int warmup,
            int count)
            throws Exception {
        try (PortServer server = PortServer.start(
                TlsFloor.class,
                ProcessBuilder.Redirect.INHERIT,
                keyFile.toString(),
                passwordFile.toString(),
                Integer.toString(answerBytes))) {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {new Pinned(certificate)}, null);
            try (SSLSocket socket = (SSLSocket)
                    context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.port)) {
                socket.setTcpNoDelay(true);
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
                byte[] request = new byte[requestBytes];
                byte[] answer = new byte[1 << 20];
                List<Long> nanos = new ArrayList<>();
                long start = 0;
                for (int i = 0; i < warmup + count; i++) {
                    if (i == warmup) {
                        start = System.nanoTime();
                    }
                    long sent = System.nanoTime();
                    out.writeInt(request.length);
                    out.write(request);
                    out.flush();
                    in.readFully(answer, 0, in.readInt());
                    if (i >= warmup) {
                        nanos.add(System.nanoTime() - sent);
                    }
                }
                return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - start);
            }
        }
    }

    /** Trusts exactly one server certificate. */
    private record Pinned(X509Certificate expected) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain.length == 0 || !chain[0].equals(expected)) {
                throw new CertificateException("not the echo server's certificate");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
