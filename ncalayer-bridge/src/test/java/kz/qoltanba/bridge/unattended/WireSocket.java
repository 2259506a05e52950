package kz.qoltanba.bridge.unattended;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** One WebSocket to the bridge as a page would hold it: frames received are queued in order. */
public final class WireSocket implements Session.Listener.AutoDemanding {
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private volatile Session session;

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
    }

    @Override
    public void onWebSocketText(String message) {
        frames.add(message);
    }

    void send(String text) {
        session.sendText(text, Callback.NOOP);
    }

    /** The next frame, failing after {@code seconds}. */
    String next(int seconds) throws InterruptedException {
        String frame = frames.poll(seconds, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within " + seconds + " s");
        }
        return frame;
    }

    void close() {
        Session current = session;
        if (current != null && current.isOpen()) {
            current.close();
        }
    }
}
