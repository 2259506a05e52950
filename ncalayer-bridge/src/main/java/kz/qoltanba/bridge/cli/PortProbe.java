package kz.qoltanba.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Finds out what listens on the bridge's loopback port: nothing, a Qoltanba bridge (its status page answers), or
 * something else. It only reads the public status page, so it accepts whatever certificate is offered: whether
 * browsers trust that certificate is checked separately, per browser database.
 */
final class PortProbe {
    enum Finding {
        FREE,
        BRIDGE,
        OTHER
    }

    private static final int TIMEOUT_MILLIS = 3000;

    Finding probe(int port) {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        } catch (ConnectException refused) {
            return Finding.FREE;
        } catch (IOException other) {
            return Finding.OTHER;
        }
        try (SSLSocket socket = (SSLSocket) anyCertificate().getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String page = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return page.contains("Qoltanba bridge is running") ? Finding.BRIDGE : Finding.OTHER;
        } catch (IOException | GeneralSecurityException e) {
            return Finding.OTHER;
        }
    }

    private static SSLContext anyCertificate() throws GeneralSecurityException {
        TrustManager acceptAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a client certificate check
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // only the public status page is read; nothing is sent that needs protecting
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {acceptAll}, null);
        return context;
    }
}
