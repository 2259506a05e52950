package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.qoltanba.bridge.runtime.RunningBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on a desktop (an X display with a tray, not unattended): the host starts with the dialogs
 * wired in, puts its icon in the tray, and the tray's «Выход» ends {@code serve} with status 0. Run on an X
 * display by the desktop scenario runner.
 */
public class DesktopServeScenarios {
    @TempDir
    Path temp;

    @Test
    void whenServeRunsOnADesktop_thenItsTrayExitEndsServeWithZero() throws Exception {
        Path home = temp.resolve("bridge");
        AtomicReference<RunningBridge> started = new AtomicReference<>();
        CountDownLatch running = new CountDownLatch(1);
        StringWriter err = new StringWriter();
        String port = Integer.toString(freePort());
        CompletableFuture<Integer> serve = CompletableFuture.supplyAsync(() -> runQuietly(
                new String[] {"serve", "--home", home.toString(), "--port", port},
                Map.of("HOME", temp.toString()),
                new Properties(),
                bridge -> {
                    started.set(bridge);
                    running.countDown();
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)));

        assertThat(running.await(60, TimeUnit.SECONDS)).as(err.toString()).isTrue();
        TrayIcon icon = awaitTrayIcon();
        MenuItem exit = onEdt(() -> find(icon.getPopupMenu(), "exit"));
        assertThat(exit).as("the tray menu's Exit item").isNotNull();
        assertThat(exit.getLabel()).isEqualTo("Выход");
        EventQueue.invokeLater(() -> {
            for (ActionListener listener : exit.getActionListeners()) {
                listener.actionPerformed(new ActionEvent(exit, ActionEvent.ACTION_PERFORMED, exit.getActionCommand()));
            }
        });

        assertThat(serve.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(SystemTray.getSystemTray().getTrayIcons()).isEmpty();
    }

    private static int runQuietly(
            String[] args,
            Map<String, String> environment,
            Properties properties,
            java.util.function.Consumer<RunningBridge> onStarted,
            PrintWriter out,
            PrintWriter err) {
        try {
            return Main.run(args, environment, properties, onStarted, out, err);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrayIcon awaitTrayIcon() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            TrayIcon[] icons = onEdt(() -> SystemTray.getSystemTray().getTrayIcons());
            if (icons.length == 1) {
                return icons[0];
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the bridge put no icon into the tray");
    }

    private static MenuItem find(Menu menu, String name) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            MenuItem item = menu.getItem(i);
            if (name.equals(item.getName())) {
                return item;
            }
            if (item instanceof Menu submenu && find(submenu, name) != null) {
                return find(submenu, name);
            }
        }
        return null;
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
