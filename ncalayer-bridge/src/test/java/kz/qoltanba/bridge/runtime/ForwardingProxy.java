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
 * An HTTP forward proxy on 127.0.0.1 for tests: takes {@code GET http://host:port/path}, records the absolute
 * URI, and forwards the request to {@code upstream} (whatever the host name says), so a URL with an
 * unresolvable host works only through this proxy. {@code CONNECT host:port} (https) is recorded in
 * {@link #tunnels()} and opens a tunnel to {@code upstream}, through which the client speaks TLS with it. Built
 * with credentials, it answers 407 with {@code Proxy-Authenticate: Basic} to every request (and CONNECT) whose
 * {@code Proxy-Authorization} does not carry them.
 */
public final class ForwardingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final String requiredAuthorization;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final List<URI> refused = new CopyOnWriteArrayList<>();
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public ForwardingProxy(InetSocketAddress upstream) throws IOException {
        this(upstream, null, null);
    }

    public ForwardingProxy(InetSocketAddress upstream, String user, String password) throws IOException {
        this.upstream = upstream;
        this.requiredAuthorization = user == null
                ? null
                : "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The absolute URIs of the plain HTTP requests forwarded. */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    /** Requests answered with 407 because their credentials were missing or wrong ({@code https://host:port} for CONNECT). */
    public List<URI> refused() {
        return List.copyOf(refused);
    }

    /** The {@code host:port} of each CONNECT tunnel opened. */
    public List<String> tunnels() {
        return List.copyOf(tunnels);
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
            boolean connect = parts[0].equals("CONNECT");
            URI target = URI.create(connect ? "https://" + parts[1] : parts[1]);
            String authorization = null;
            StringBuilder head = new StringBuilder(parts[0] + " " + target.getRawPath() + " HTTP/1.1\r\n");
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("proxy-authorization:")) {
                    authorization = line.substring(line.indexOf(':') + 1).trim();
                }
                if (!lower.startsWith("connection:") && !lower.startsWith("proxy-")) {
                    head.append(line).append("\r\n");
                }
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                refused.add(target);
                client.getOutputStream()
                        .write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                        + "Proxy-Authenticate: Basic realm=\"qoltanba-test\"\r\n"
                                        + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                client.getOutputStream().flush();
                return;
            }
            if (connect) {
                tunnels.add(parts[1]);
                tunnel(client, origin);
                return;
            }
            requests.add(target);
            head.append("Connection: close\r\n\r\n");
            OutputStream toOrigin = origin.getOutputStream();
            toOrigin.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            toOrigin.flush();
            origin.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException | RuntimeException e) {
            // the client sees a closed connection
        }
    }

    /** Answers 200 and copies bytes both ways until either side closes. */
    private void tunnel(Socket client, Socket origin) throws IOException {
        client.getOutputStream()
                .write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        client.getOutputStream().flush();
        java.util.concurrent.Future<?> upstreamBound = threads.submit(() -> {
            try {
                client.getInputStream().transferTo(origin.getOutputStream());
                origin.shutdownOutput();
            } catch (IOException e) {
                // one side closed
            }
        });
        try {
            origin.getInputStream().transferTo(client.getOutputStream());
        } finally {
            upstreamBound.cancel(true);
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
