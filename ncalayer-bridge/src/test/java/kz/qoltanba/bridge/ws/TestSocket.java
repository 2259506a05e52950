package kz.qoltanba.bridge.ws;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A client socket that collects every text frame and the close code. */
public final class TestSocket implements Session.Listener.AutoDemanding {
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private volatile Session session;

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
    }

    @Override
    public void onWebSocketText(String message) {
        frames.add(message);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        closeCode.complete(statusCode);
    }

    public void send(String text) {
        session.sendText(text, Callback.NOOP);
    }

    void sendBinary(byte[] bytes) {
        session.sendBinary(java.nio.ByteBuffer.wrap(bytes), Callback.NOOP);
    }

    /** The next frame, failing the test after five seconds. */
    public String next() throws InterruptedException {
        String frame = frames.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 5 s");
        }
        return frame;
    }

    /** The next frame within a short time, or null. */
    String poll(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The extensions the server's upgrade response accepted, by name. */
    java.util.List<String> acceptedExtensions() {
        return session.getUpgradeResponse().getExtensions().stream()
                .map(org.eclipse.jetty.websocket.api.ExtensionConfig::getName)
                .toList();
    }

    boolean isOpen() {
        return session != null && session.isOpen();
    }

    public void close() {
        if (isOpen()) {
            session.close();
        }
    }
}
