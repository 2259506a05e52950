package kz.qoltanba.bridge.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private X server ({@code Xvfb}, on a display number it picks itself with {@code -displayfd}) with
 * {@code trayer} as the system tray host. Closing stops both processes.
 */
final class XvfbSession implements AutoCloseable {
    private final Process xvfb;
    private final Process trayer;
    private final String display;

    private XvfbSession(Process xvfb, Process trayer, String display) {
        this.xvfb = xvfb;
        this.trayer = trayer;
        this.display = display;
    }

    static XvfbSession start(Path xvfbBinary, Path trayerBinary, Path logDirectory) throws Exception {
        Process xvfb = new ProcessBuilder(
                        xvfbBinary.toString(), "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectError(logDirectory.resolve("xvfb.log").toFile())
                .start();
        String number;
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
            number = CompletableFuture.supplyAsync(() -> readLine(out)).get(20, TimeUnit.SECONDS);
            if (number == null || !number.trim().matches("\\d+")) {
                throw new IllegalStateException("Xvfb did not report its display number (see xvfb.log)");
            }
        } catch (Exception e) {
            xvfb.destroyForcibly();
            throw e;
        }
        String display = ":" + number.trim();
        ProcessBuilder trayerBuilder = new ProcessBuilder(
                        trayerBinary.toString(),
                        "--edge",
                        "bottom",
                        "--align",
                        "right",
                        "--widthtype",
                        "pixel",
                        "--width",
                        "160")
                .redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve("trayer.log").toFile());
        trayerBuilder.environment().put("DISPLAY", display);
        Process trayer = trayerBuilder.start();
        Thread.sleep(1000);
        if (!trayer.isAlive()) {
            xvfb.destroyForcibly();
            throw new IllegalStateException("trayer stopped at once (see trayer.log)");
        }
        return new XvfbSession(xvfb, trayer, display);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        trayer.destroy();
        trayer.waitFor(5, TimeUnit.SECONDS);
        xvfb.destroy();
        if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }
}
