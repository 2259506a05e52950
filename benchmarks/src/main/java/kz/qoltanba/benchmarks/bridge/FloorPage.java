package kz.qoltanba.benchmarks.bridge;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page that times the echo from a browser: {@code GET /floor.html?warmup=W&count=N#<request text,
 * URL-encoded>}. The request text travels in the fragment, which stays in the browser, so its length is not bound
 * by the server's request-header size. The page opens {@code wss://<its own host>/}, waits for the greeting, sends
 * the request text {@code W + N} times, each when the previous answer has arrived, times the last {@code N} with
 * {@code performance.now()} and then sets {@code window.floorResult} (and resolves the promise
 * {@code window.floorDone} with it, so that a driver can wait without polling the page): {@code isolated}
 * ({@code self.crossOriginIsolated}), {@code timerStepMicros} (the smallest step {@code performance.now()} was seen
 * to take), {@code extensions} (what the server accepted), {@code latenciesMicros}, {@code wallMicros}; or
 * {@code error} alone. Served with the two headers that make the page cross-origin isolated, where browsers give
 * {@code performance.now()} its finest resolution.
 */
final class FloorPage extends Handler.Abstract {
    static final String PATH = "/floor.html";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>WebSocket echo floor</title></head>
            <body>
            <p id="state">running</p>
            <script>
            (() => {
              const query = new URLSearchParams(location.search);
              const warmup = Number(query.get('warmup'));
              const count = Number(query.get('count'));
              const request = decodeURIComponent(location.hash.substring(1));
              let resolveDone;
              window.floorDone = new Promise((resolve) => { resolveDone = resolve; });
              const finish = (result) => {
                window.floorResult = result;
                resolveDone(result);
                document.getElementById('state').textContent = result.error ? result.error : 'done';
              };
              if (!Number.isInteger(warmup) || warmup < 0 || !Number.isInteger(count) || count < 1 || !request) {
                finish({ error: 'the page needs ?warmup=W&count=N (W >= 0, N >= 1) and the request text after #' });
                return;
              }
              let timerStep = Infinity;
              for (let i = 0; i < 200; i++) {
                const first = performance.now();
                let next = performance.now();
                while (next === first) {
                  next = performance.now();
                }
                timerStep = Math.min(timerStep, next - first);
              }
              const latencies = [];
              let answered = -1;
              let sent = 0;
              let measuredFrom = 0;
              const socket = new WebSocket('wss://' + location.host + '/');
              socket.onerror = () => finish({ error: 'the WebSocket failed' });
              socket.onclose = (event) => {
                if (!window.floorResult) {
                  finish({ error: 'the WebSocket closed after ' + answered + ' answers, code ' + event.code });
                }
              };
              socket.onmessage = () => {
                const now = performance.now();
                answered++;
                if (answered > warmup) {
                  latencies.push((now - sent) * 1000);
                }
                if (answered === warmup + count) {
                  socket.onclose = null;
                  socket.close();
                  finish({
                    isolated: self.crossOriginIsolated === true,
                    timerStepMicros: timerStep * 1000,
                    extensions: socket.extensions,
                    latenciesMicros: latencies,
                    wallMicros: (now - measuredFrom) * 1000
                  });
                  return;
                }
                sent = performance.now();
                if (answered === warmup) {
                  measuredFrom = sent;
                }
                socket.send(request);
              };
            })();
            </script>
            </body>
            </html>
            """;

    /** The page's address on the echo server at {@code port}, asking for {@code warmup + count} round trips. */
    static URI address(int port, String request, int warmup, int count) {
        String fragment = URLEncoder.encode(request, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(
                "https://127.0.0.1:" + port + PATH + "?warmup=" + warmup + "&count=" + count + "#" + fragment);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod()) || !PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Cross-Origin-Opener-Policy", "same-origin");
        response.getHeaders().put("Cross-Origin-Embedder-Policy", "require-corp");
        Content.Sink.write(response, true, PAGE, callback);
        return true;
    }
}
