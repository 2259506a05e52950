package kz.qoltanba.bridge.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import kz.qoltanba.bridge.tls.TlsCredentials;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The plain HTTPS {@code GET /} page: running, version, modules, trust status and how to fix trust problems. */
final class StatusPageHandler extends Handler.Abstract {
    private final String version;
    private final ModuleDirectory modules;
    private volatile TlsCredentials tls;

    StatusPageHandler(String version, ModuleDirectory modules, TlsCredentials tls) {
        this.version = version;
        this.modules = modules;
        this.tls = tls;
    }

    /** The certificate the server now uses (after {@code tls init}, {@code renew} or {@code remove}). */
    void useCredentials(TlsCredentials credentials) {
        this.tls = credentials;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        boolean root = "/".equals(Request.getPathInContext(request));
        if (!root || !HttpMethod.GET.is(request.getMethod())) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(page().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    String page() {
        TlsCredentials tls = this.tls;
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Qoltanba bridge</title></head>")
                .append("<body><h1>Qoltanba bridge is running</h1>")
                .append("<p>Version: <span id=\"version\">")
                .append(escape(version))
                .append("</span> (NCALayer protocol 1.4)</p><h2>Modules</h2><ul id=\"modules\">");
        for (String name : modules.names()) {
            html.append("<li>").append(escape(name)).append("</li>");
        }
        html.append("</ul><h2>Certificate trust</h2><p id=\"trust\">");
        if (tls.selfSigned()) {
            html.append("The server certificate is self-signed, so browsers do not trust it and portals cannot ")
                    .append("connect. To fix: run <code>qoltanba-bridge tls init</code> (creates a local ")
                    .append("certificate authority and installs it into your browsers), then restart the browser.");
        } else {
            html.append("The server certificate is issued by this installation's local authority (")
                    .append(escape(tls.certificate().getIssuerX500Principal().getName()))
                    .append("). If a browser still refuses to connect, run <code>qoltanba-bridge doctor</code>.");
        }
        return html.append("</p><p>Valid until: ")
                .append(escape(tls.certificate().getNotAfter().toInstant().toString()))
                .append("</p></body></html>")
                .toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
