package kz.qoltanba.bridge.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain HTTP forward proxy on 127.0.0.1 for tests: takes {@code GET http://host:port/path}, records the
 * absolute URI, and forwards the request to {@code upstream} (whatever the host name says), so a URL with an
 * unresolvable host works only through this proxy.
 */
final class ForwardingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    ForwardingProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client;
                Socket origin = new Socket(upstream.getAddress(), upstream.getPort())) {
            InputStream in = client.getInputStream();
            String requestLine = readLine(in);
            String[] parts = requestLine.split(" ");
            URI target = URI.create(parts[1]);
            requests.add(target);
            StringBuilder head = new StringBuilder(parts[0] + " " + target.getRawPath() + " HTTP/1.1\r\n");
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (!lower.startsWith("connection:") && !lower.startsWith("proxy-")) {
                    head.append(line).append("\r\n");
                }
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream toOrigin = origin.getOutputStream();
            toOrigin.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            toOrigin.flush();
            origin.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException | RuntimeException e) {
            // the client sees a closed connection
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the request head");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
