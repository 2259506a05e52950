package kz.qoltanba.bundle.nursign.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on {@code 127.0.0.1} that demands NTLM, as Squid or a Windows proxy does: a request without
 * credentials gets {@code 407 Proxy-Authenticate: NTLM}; a type-1 message gets a type-2 challenge; a type-3 whose
 * NTLMv2 proof matches the password authenticates the <em>connection</em>, which then forwards requests (and
 * CONNECT tunnels) without further credentials. Everything it sees is recorded for the test.
 */
final class NtlmProxyStub implements AutoCloseable {
    /** What happened on a client connection (numbered from 1 in accept order). */
    record Event(int connection, String what) {}

    private final ServerSocket server;
    private final String domain;
    private final char[] password;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger connections = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ntlm-proxy-stub");
        thread.setDaemon(true);
        return thread;
    });
    final List<Event> events = new CopyOnWriteArrayList<>();
    /** When set, every forwarded answer ends its connection, so no connection stays authenticated. */
    volatile boolean closeAfterEachAnswer;

    final List<NtlmMessages.Negotiate> negotiates = new CopyOnWriteArrayList<>();
    final List<NtlmMessages.Authenticate> authenticates = new CopyOnWriteArrayList<>();

    private NtlmProxyStub(String domain, char[] password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.domain = domain;
        this.password = password.clone();
        threads.execute(this::accept);
    }

    static NtlmProxyStub start(String domain, char[] password) throws IOException {
        return new NtlmProxyStub(domain, password);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int id = connections.incrementAndGet();
                threads.execute(() -> serve(id, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(int id, Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            byte[] challenge = null;
            boolean authenticated = false;
            for (Head head = Head.read(in); head != null; head = Head.read(in)) {
                if (!authenticated) {
                    byte[] message = ntlm(head.header("proxy-authorization"));
                    int type = message == null
                            ? 0
                            : ByteBuffer.wrap(message)
                                    .order(ByteOrder.LITTLE_ENDIAN)
                                    .getInt(8);
                    if (type == 1) {
                        skip(in, head.contentLength());
                        negotiates.add(NtlmMessages.negotiate(message));
                        challenge = new byte[8];
                        random.nextBytes(challenge);
                        events.add(new Event(id, "challenge " + head.requestLine()));
                        refuse(
                                out,
                                "NTLM "
                                        + Base64.getEncoder()
                                                .encodeToString(NtlmMessages.challenge(challenge, domain)));
                        continue;
                    }
                    if (type != 3 || challenge == null) {
                        skip(in, head.contentLength());
                        events.add(new Event(id, "407 " + head.requestLine()));
                        refuse(out, "NTLM");
                        continue;
                    }
                    NtlmMessages.Authenticate authenticate = NtlmMessages.authenticate(message, challenge, password);
                    authenticates.add(authenticate);
                    if (!authenticate.ntlmV2ProofValid()) {
                        events.add(new Event(id, "refused " + head.requestLine()));
                        refuse(out, "NTLM");
                        return;
                    }
                    authenticated = true; // the request that carried type 3 is forwarded with its body
                }
                if (head.method().equals("CONNECT")) {
                    events.add(new Event(id, "tunnel " + head.target()));
                    tunnel(head.target(), in, out);
                    return;
                }
                events.add(new Event(
                        id,
                        "forward " + head.requestLine()
                                + (head.header("proxy-authorization") == null ? "" : " +credentials")));
                if (!forward(head, in, out)) {
                    return;
                }
            }
        } catch (Exception e) {
            events.add(new Event(id, "error " + e));
        }
    }

    private static byte[] ntlm(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "NTLM ", 0, 5)) {
            return null;
        }
        byte[] message = Base64.getDecoder().decode(authorization.substring(5).trim());
        return message.length >= 12 ? message : null;
    }

    private static void refuse(OutputStream out, String challenge) throws IOException {
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: " + challenge
                        + "\r\nContent-Length: 0\r\nProxy-Connection: keep-alive\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Forwards one request to the origin; false when the client connection must end (unframed answer). */
    private boolean forward(Head head, InputStream in, OutputStream out) throws IOException {
        URI target = URI.create(head.target());
        try (Socket origin = new Socket(target.getHost(), target.getPort())) {
            StringBuilder request = new StringBuilder(head.method() + " " + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\n");
            request.append("Host: ")
                    .append(target.getHost())
                    .append(':')
                    .append(target.getPort())
                    .append("\r\n");
            for (String[] header : head.headers()) {
                if (!header[0].toLowerCase(Locale.ROOT).matches("proxy-.*|connection|keep-alive|host")) {
                    request.append(header[0]).append(": ").append(header[1]).append("\r\n");
                }
            }
            request.append("Via: 1.1 ntlm-proxy-stub\r\nConnection: close\r\n\r\n");
            OutputStream toOrigin = origin.getOutputStream();
            toOrigin.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            copy(in, toOrigin, head.contentLength());
            toOrigin.flush();

            InputStream fromOrigin = new BufferedInputStream(origin.getInputStream());
            Head answer = Head.read(fromOrigin);
            int status = Integer.parseInt(answer.requestLine().split(" ")[1]);
            boolean noBody = head.method().equals("HEAD") || status == 204 || status == 304;
            boolean framed = (noBody || answer.header("content-length") != null) && !closeAfterEachAnswer;
            StringBuilder response = new StringBuilder(answer.requestLine()).append("\r\n");
            for (String[] header : answer.headers()) {
                if (!header[0].toLowerCase(Locale.ROOT).matches("connection|keep-alive")) {
                    response.append(header[0]).append(": ").append(header[1]).append("\r\n");
                }
            }
            response.append(framed ? "Proxy-Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n");
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (!noBody) {
                copy(fromOrigin, out, framed ? answer.contentLength() : Long.MAX_VALUE);
            }
            out.flush();
            return framed;
        }
    }

    private void tunnel(String hostPort, InputStream in, OutputStream out) throws IOException {
        int colon = hostPort.lastIndexOf(':');
        try (Socket origin =
                new Socket(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            threads.execute(() -> {
                try {
                    origin.getInputStream().transferTo(out);
                } catch (IOException ended) {
                    // either side closed
                }
            });
            in.transferTo(origin.getOutputStream());
        }
    }

    private static void skip(InputStream in, long length) throws IOException {
        copy(in, OutputStream.nullOutputStream(), length);
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("the stream ended " + left + " bytes early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    /** A request or response head: first line and headers in order. */
    record Head(String requestLine, List<String[]> headers) {
        static Head read(InputStream in) throws IOException {
            String first = line(in);
            if (first == null || first.isEmpty()) {
                return null;
            }
            List<String[]> headers = new ArrayList<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.add(new String[] {
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()
                });
            }
            if (headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("transfer-encoding"))
                    && first.matches("^[A-Z]+ .*")) {
                throw new IOException("chunked request bodies are not supported by this stub: " + first);
            }
            return new Head(first, headers);
        }

        String method() {
            return requestLine.split(" ")[0];
        }

        String target() {
            return requestLine.split(" ")[1];
        }

        String header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst()
                    .orElse(null);
        }

        long contentLength() {
            String value = header("content-length");
            return value == null ? 0 : Long.parseLong(value);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
