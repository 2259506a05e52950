package kz.qoltanba.bridge.ws;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses with 403 every request whose {@code Host} is not {@code 127.0.0.1}, {@code localhost} or
 * {@code [::1]} (with, optionally, the port the request came in on). This defeats DNS rebinding.
 */
final class HostCheckHandler extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(HostCheckHandler.class);
    private static final Pattern HOST = Pattern.compile("(127\\.0\\.0\\.1|localhost|\\[::1\\])(?::(\\d{1,5}))?");

    HostCheckHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!isLoopbackHost(host, localPort(request))) {
            LOG.warn("Refused a request with Host header '{}'", sanitized(host));
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Host not allowed");
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean isLoopbackHost(String unverifiedHost, int localPort) {
        if (unverifiedHost == null) {
            return false;
        }
        Matcher matcher = HOST.matcher(unverifiedHost.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return false;
        }
        String port = matcher.group(2);
        return port == null || Integer.parseInt(port) == localPort;
    }

    private static int localPort(Request request) {
        SocketAddress local = request.getConnectionMetaData().getLocalSocketAddress();
        return local instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    private static String sanitized(String value) {
        return value == null ? "(none)" : value.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
