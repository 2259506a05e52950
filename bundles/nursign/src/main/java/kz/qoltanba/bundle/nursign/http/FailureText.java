package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;

/** Turns a transport failure into one sentence naming the URL and, where it matters, the proxy. */
final class FailureText {
    static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    private final Optional<ProxySettings> proxy;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String tunnelingDisabledSchemes;

    /** @param tunnelingDisabledSchemes the JVM's {@value #TUNNELING_DISABLED_SCHEMES} (null when unset) */
    FailureText(
            Optional<ProxySettings> proxy,
            Duration connectTimeout,
            Duration readTimeout,
            String tunnelingDisabledSchemes) {
        this.proxy = proxy;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.tunnelingDisabledSchemes = tunnelingDisabledSchemes;
    }

    String explain(URI url, IOException failure) {
        if (failure instanceof ProxyRefusedException refusal) {
            return refused(url, refusal.status());
        }
        if (tunnelRefused(failure)) {
            return refused(url, failure.getMessage().contains(" 401") ? 401 : 407);
        }
        if (failure instanceof HttpRetryException retry && retry.responseCode() == HttpURLConnection.HTTP_PROXY_AUTH) {
            return "the proxy " + proxyName() + " asked for authentication again while the request to " + url
                    + " was being streamed (it must keep the authenticated connection open)";
        }
        if (failure instanceof UnknownHostException) {
            return "cannot resolve the host " + failure.getMessage() + " for " + url + via();
        }
        if (failure instanceof ConnectException) {
            return proxy.isPresent()
                    ? "cannot connect to the proxy " + proxyName() + " for " + url + ": " + failure.getMessage()
                    : "cannot connect to " + url + ": " + failure.getMessage();
        }
        if (failure instanceof SocketTimeoutException) {
            return "no answer from " + url + via() + " within " + connectTimeout.toMillis() + " ms (connect) / "
                    + readTimeout.toMillis() + " ms (read)";
        }
        return "cannot reach " + url + via() + ": " + failure.getMessage();
    }

    private String refused(URI url, int status) {
        ProxySettings settings = proxy.orElseThrow();
        if (settings.authentication() == ProxyAuthentication.NONE) {
            return "the proxy " + proxyName() + " requires authentication for " + url + " (HTTP " + status
                    + "); set use_auth=Y or use_ntlm=Y with auth_login and auth_pass";
        }
        String text = "the proxy " + proxyName() + " refused the " + settings.authentication() + " credentials of '"
                + settings.login() + "' for " + url + " (HTTP " + status + "); check auth_login and auth_pass";
        if (settings.authentication() == ProxyAuthentication.BASIC
                && "https".equalsIgnoreCase(url.getScheme())
                && basicDisabledForTunnels(tunnelingDisabledSchemes)) {
            text += "; note that this Java runtime refuses Basic for HTTPS tunnels (" + TUNNELING_DISABLED_SCHEMES
                    + " lists Basic or is unset): start the host with -D" + TUNNELING_DISABLED_SCHEMES + "=";
        }
        return text;
    }

    /** The JDK's own default (net.properties) disables Basic when the property is not set. */
    static boolean basicDisabledForTunnels(String property) {
        return property == null || property.toLowerCase(Locale.ROOT).contains("basic");
    }

    private boolean tunnelRefused(IOException failure) {
        String message = failure.getMessage();
        return proxy.isPresent()
                && message != null
                && message.contains("Unable to tunnel")
                && (message.contains(" 407") || message.contains(" 401"));
    }

    private String via() {
        return proxy.isPresent() ? " through the proxy " + proxyName() : "";
    }

    private String proxyName() {
        return proxy.map(p -> p.host() + ":" + p.port()).orElse("(none)");
    }
}
