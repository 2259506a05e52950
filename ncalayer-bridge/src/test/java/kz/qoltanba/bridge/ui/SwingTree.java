package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** Finding, reading, clicking and photographing the bridge's windows through the Swing component tree. */
final class SwingTree {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Below this the capture is one flat colour (an unpainted window is all black or all grey). */
    private static final double MIN_VARIANCE = 200.0;

    private SwingTree() {}

    static <T> T onEdt(Callable<T> work) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            return work.call();
        }
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                value.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }

    static void await(String what, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!onEdt(condition::getAsBoolean)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(25);
        }
    }

    /**
     * Reads {@code what} on the event thread until {@code done} accepts it, and returns that same reading: the
     * assertions then look at exactly what was waited for, never at a second read that a later repaint or relabel
     * may already have changed.
     */
    static <T> T awaitValue(String what, Callable<T> read, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        T value = onEdt(read);
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + value);
            }
            Thread.sleep(25);
            value = onEdt(read);
        }
        return value;
    }

    /** The showing window named {@code name}, waiting for it to appear. */
    static Window awaitWindow(String name) throws Exception {
        await("window " + name, () -> showing(name).isPresent());
        return onEdt(() -> showing(name).orElseThrow());
    }

    static Optional<Window> showing(String name) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && name.equals(window.getName())) {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }

    /** Disposes every window left open (a failed scenario must not disturb the next). */
    static void disposeAll() throws Exception {
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing()) {
                    window.dispose();
                }
            }
            return null;
        });
    }

    static void awaitClosed(Window window) throws Exception {
        await("window " + window.getName() + " to close", () -> !window.isShowing());
    }

    static <T extends Component> T find(Container root, String name, Class<T> type) throws Exception {
        return onEdt(() -> {
            for (Component component : all(root)) {
                if (name.equals(component.getName()) && type.isInstance(component)) {
                    return type.cast(component);
                }
            }
            throw new AssertionError("No " + type.getSimpleName() + " named '" + name + "' in " + root.getName());
        });
    }

    static List<Component> all(Container root) {
        List<Component> found = new ArrayList<>();
        found.add(root);
        for (Component child : root.getComponents()) {
            if (child instanceof Container container) {
                found.addAll(all(container));
            } else {
                found.add(child);
            }
        }
        return found;
    }

    static String text(Container root, String labelName) throws Exception {
        JLabel label = find(root, labelName, JLabel.class);
        return onEdt(label::getText);
    }

    static void click(Container root, String buttonName) throws Exception {
        AbstractButton button = find(root, buttonName, AbstractButton.class);
        onEdt(() -> {
            assertThat(button.isEnabled()).as("button %s enabled", buttonName).isTrue();
            button.doClick();
            return null;
        });
    }

    /** Presses and releases each key through the X server (XTEST), as a user's keyboard would. */
    static void type(int... keyCodes) throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(20);
        for (int keyCode : keyCodes) {
            robot.keyPress(keyCode);
            robot.keyRelease(keyCode);
        }
        robot.waitForIdle();
    }

    static void close(Window window) throws Exception {
        onEdt(() -> {
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            return null;
        });
    }

    /**
     * Captures the window as the X server shows it into {@code <screenshots>/<file>.png} and checks that it is
     * not blank: the luminance must vary across its pixels.
     */
    static Path screenshot(Window window, String file) throws Exception {
        Robot robot = new Robot();
        BufferedImage image = null;
        // Mapping and painting a window is asynchronous: a capture may come before the first paint.
        // Without a window manager Java's idea of a new window's position sometimes lags behind the X
        // server's (it reports the origin while the server shows the window centred). Placing it again where
        // the bridge places every window (centred) makes both agree before the capture.
        onEdt(() -> {
            window.setLocationRelativeTo(null);
            return null;
        });
        for (int attempt = 0; attempt < 5 && (image == null || luminanceVariance(image) <= MIN_VARIANCE); attempt++) {
            Toolkit.getDefaultToolkit().sync();
            robot.waitForIdle();
            Thread.sleep(300L * (attempt + 1));
            // Should Java's position still lag, the centred rectangle of the window's size is the fallback.
            Rectangle reported = onEdt(() -> new Rectangle(window.getLocationOnScreen(), window.getSize()));
            image = robot.createScreenCapture(reported);
            if (luminanceVariance(image) <= MIN_VARIANCE) {
                java.awt.Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
                Rectangle centred = new Rectangle(
                        (screen.width - reported.width) / 2,
                        (screen.height - reported.height) / 2,
                        reported.width,
                        reported.height);
                image = robot.createScreenCapture(centred);
            }
        }
        Path directory = Path.of(System.getProperty("qoltanba.ui.screenshots", "target/dialogs"));
        Files.createDirectories(directory);
        Path png = directory.resolve(file + ".png");
        ImageIO.write(image, "png", png.toFile());
        if (luminanceVariance(image) <= MIN_VARIANCE) {
            // For diagnosis: the whole screen, to see where the window went.
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            ImageIO.write(
                    robot.createScreenCapture(screen),
                    "png",
                    directory.resolve(file + "-screen.png").toFile());
        }
        assertThat(luminanceVariance(image)).as("pixel variance of %s", png).isGreaterThan(MIN_VARIANCE);
        return png;
    }

    static double luminanceVariance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long count = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += luminance;
                squares += luminance * luminance;
            }
        }
        double mean = sum / count;
        return squares / count - mean * mean;
    }
}
