package kz.qoltanba.benchmarks.bridge;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.ExtensionConfig;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One socket: the greeting first, then one request per answer until its documents are done. Public only
 * because Jetty calls the listener methods reflectively.
 */
public final class SignSocket implements Session.Listener.AutoDemanding {
    final List<byte[]> documents;
    private final String[] requests;
    final String[] responses;
    private final long[] sentAt;
    final long[] latencies;
    private final CountDownLatch greeted;
    private final CountDownLatch done;
    private Session session;
    private boolean greetingSeen;
    private int next;

    /** The extensions the bridge accepted at the upgrade, as the response header lists them. */
    String negotiatedExtensions = "";

    SignSocket(List<byte[]> documents, String[] requests, CountDownLatch greeted, CountDownLatch done) {
        this.documents = documents;
        this.requests = requests;
        this.responses = new String[documents.size()];
        this.sentAt = new long[documents.size()];
        this.latencies = new long[documents.size()];
        this.greeted = greeted;
        this.done = done;
    }

    @Override
    public synchronized void onWebSocketOpen(Session opened) {
        session = opened;
        negotiatedExtensions = opened.getUpgradeResponse().getExtensions().stream()
                .map(ExtensionConfig::getParameterizedName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public synchronized void onWebSocketText(String message) {
        long now = System.nanoTime();
        if (!greetingSeen) {
            greetingSeen = true;
            greeted.countDown();
            return;
        }
        responses[next] = message;
        latencies[next] = now - sentAt[next];
        next++;
        if (next < requests.length) {
            sendNext();
        } else {
            done.countDown();
        }
    }

    @Override
    public synchronized void onWebSocketError(Throwable cause) {
        if (next < requests.length) {
            System.err.println("socket error before the last answer: " + cause);
        }
    }

    /** Closes the socket normally once its answers are in. */
    synchronized void close() {
        if (session != null && session.isOpen()) {
            session.close();
        }
    }

    synchronized void sendNext() {
        if (next >= requests.length) {
            done.countDown();
            return;
        }
        sentAt[next] = System.nanoTime();
        session.sendText(requests[next], Callback.NOOP);
    }
}
