package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.CheckboxMenuItem;
import java.awt.EventQueue;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.ItemEvent;
import java.awt.event.ItemListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
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
        int port = freePort();
        CompletableFuture<Integer> serve = serve(
                home,
                port,
                bridge -> {
                    started.set(bridge);
                    running.countDown();
                },
                err);

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

    @Test
    void whenALanguageWasChosenBefore_thenServeStartsInItAndKeepsTheNextChoice() throws Exception {
        Path home = temp.resolve("language");
        Files.createDirectories(home);
        Files.writeString(home.resolve("language"), "en\n");
        CountDownLatch running = new CountDownLatch(1);
        StringWriter err = new StringWriter();
        int port = freePort();
        CompletableFuture<Integer> serve = serve(home, port, bridge -> running.countDown(), err);
        try {
            assertThat(running.await(60, TimeUnit.SECONDS)).as(err.toString()).isTrue();
            TrayIcon icon = awaitTrayIcon();
            MenuItem exit = onEdt(() -> find(icon.getPopupMenu(), "exit"));
            assertThat(onEdt(exit::getLabel))
                    .as("the language kept in the home")
                    .isEqualTo("Exit");
            CheckboxMenuItem kazakh = (CheckboxMenuItem) onEdt(() -> find(icon.getPopupMenu(), "language.kk"));

            EventQueue.invokeAndWait(() -> {
                for (ItemListener listener : kazakh.getItemListeners()) {
                    listener.itemStateChanged(
                            new ItemEvent(kazakh, ItemEvent.ITEM_STATE_CHANGED, kazakh, ItemEvent.SELECTED));
                }
            });

            assertThat(Files.readString(home.resolve("language")).strip())
                    .as("the choice is kept for the next start")
                    .isEqualTo("kk");
        } finally {
            exitIfRunning(serve);
        }
        assertThat(serve.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
    }

    @Test
    void whenTrayRestartIsChosen_thenTheHostComesBackOnTheSamePortAndAnswers() throws Exception {
        Path home = temp.resolve("restarted");
        java.util.List<RunningBridge> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        StringWriter err = new StringWriter();
        int port = freePort();
        CompletableFuture<Integer> serve = serve(
                home,
                port,
                bridge -> {
                    starts.add(bridge);
                    first.countDown();
                    second.countDown();
                },
                err);
        try {
            assertThat(first.await(60, TimeUnit.SECONDS)).as(err.toString()).isTrue();
            assertThat(new PortProbe().probe(port)).isEqualTo(PortProbe.Finding.BRIDGE);
            TrayIcon before = awaitTrayIcon();
            MenuItem restart = onEdt(() -> find(before.getPopupMenu(), "restart"));
            assertThat(restart).as("the tray menu's Restart item").isNotNull();

            click(restart);

            assertThat(second.await(60, TimeUnit.SECONDS))
                    .as("serve started the host again: " + err)
                    .isTrue();
            assertThat(starts.get(1)).isNotSameAs(starts.get(0));
            assertThat(starts.get(1).port()).isEqualTo(port);
            assertThat(new PortProbe().probe(port))
                    .as("the restarted host answers its status page")
                    .isEqualTo(PortProbe.Finding.BRIDGE);
            assertThat(serve).as("serve still runs").isNotDone();
        } finally {
            exitIfRunning(serve);
        }
        assertThat(serve.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(new PortProbe().probe(port)).isEqualTo(PortProbe.Finding.FREE);
    }

    /** {@code serve} on this desktop with its own home and port, its log written to {@code err}. */
    private CompletableFuture<Integer> serve(
            Path home, int port, java.util.function.Consumer<RunningBridge> onStarted, StringWriter err) {
        return CompletableFuture.supplyAsync(() -> runQuietly(
                new String[] {"serve", "--home", home.toString(), "--port", Integer.toString(port)},
                Map.of("HOME", temp.toString()),
                new Properties(),
                onStarted,
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)));
    }

    /** Ends a {@code serve} left running by a failed assertion through its tray, without hiding that failure. */
    private static void exitIfRunning(CompletableFuture<Integer> serve) throws Exception {
        TrayIcon[] icons = onEdt(() -> SystemTray.getSystemTray().getTrayIcons());
        if (!serve.isDone() && icons.length == 1) {
            click(onEdt(() -> find(icons[0].getPopupMenu(), "exit")));
        }
    }

    private static void click(MenuItem item) {
        EventQueue.invokeLater(() -> {
            for (ActionListener listener : item.getActionListeners()) {
                listener.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand()));
            }
        });
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
