package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.JLabel;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.PendingHostServices;
import kz.qoltanba.bridge.host.TestBundles;
import kz.qoltanba.bridge.host.testbundle.ProgressModuleActivator;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.ws.TestBridge;
import kz.qoltanba.bridge.ws.TestSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The host owns a module's progress window (run by {@link DesktopUnderXvfbIT}): a real Felix host runs a test
 * bundle whose module opens a real progress window over a real socket and leaves it open; the window closes
 * when the answer is sent, when the socket closes, and when the bundle stops, and a module closing its own
 * window (twice) still answers normally.
 */
class ProgressOwnershipScenarios {
    @TempDir
    Path home;

    private ModuleHost host;
    private TestBridge bridge;
    private TestSocket socket;

    @BeforeEach
    void startHostWithTheProgressBundle() throws Exception {
        SwingDialogs swing = new SwingDialogs(new LanguageSetting(Language.EN), Clock.systemUTC());
        HostDialogs dialogs = new HostDialogs() {
            @Override
            public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
                return CompletableFuture.failedFuture(new HostSigningException("no file choice here"));
            }

            @Override
            public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
                return swing.openProgress(new InteractionContext(origin, connectionId, locale, KeyFilter.any()), title);
            }
        };
        host = ModuleHost.start(home.resolve("felix-cache"), new PendingHostServices(), dialogs);
        host.install(TestBundles.progressBundle(home));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (host.modules().find(ProgressModuleActivator.MODULE).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        bridge = new TestBridge(home.resolve("bridge"), host.modules(), ConsentPrompt.denyAll(), 1 << 20, false);
        socket = bridge.connect(TestBridge.LISTED_ORIGIN);
    }

    @AfterEach
    void stopHost() throws Exception {
        socket.close();
        bridge.close();
        host.close();
        SwingTree.disposeAll();
    }

    private static String request(String method) {
        return "{\"module\":\"" + ProgressModuleActivator.MODULE + "\",\"method\":\"" + method + "\"}";
    }

    /** The module's window, once it shows the module's step. */
    private static Window awaitProgressWindow() throws Exception {
        Window window = SwingTree.awaitWindow(ProgressWindow.NAME);
        JLabel step = SwingTree.find((javax.swing.JDialog) window, "step", JLabel.class);
        SwingTree.await("the module's step shown", () -> "Uploading".equals(step.getText()));
        return window;
    }

    @Test
    void whenAModuleLeavesItsProgressOpen_thenItClosesWhenTheAnswerIsSent() throws Exception {
        socket.send(request("leave"));
        Window window = awaitProgressWindow();

        assertThat(socket.next()).contains("done");

        SwingTree.awaitClosed(window);
    }

    @Test
    void whenTheSocketClosesWhileTheModuleWorks_thenItsProgressCloses() throws Exception {
        socket.send(request("hold"));
        Window window = awaitProgressWindow();

        socket.close();

        SwingTree.awaitClosed(window);
    }

    @Test
    void whenTheModulesBundleStops_thenItsProgressCloses() throws Exception {
        socket.send(request("hold"));
        Window window = awaitProgressWindow();

        for (Bundle bundle : host.bundleContext().getBundles()) {
            if (ProgressModuleActivator.SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
                bundle.stop();
            }
        }

        SwingTree.awaitClosed(window);
    }

    @Test
    void whenAModuleClosesItsOwnProgressTwice_thenTheAnswerComesAndNoWindowStays() throws Exception {
        socket.send(request("close"));

        assertThat(socket.next()).contains("done");
        SwingTree.await(
                "no progress window",
                () -> SwingTree.showing(ProgressWindow.NAME).isEmpty());

        socket.send(request("leave"));
        Window window = awaitProgressWindow();
        assertThat(socket.next()).as("the host still owns the next window").contains("done");
        SwingTree.awaitClosed(window);
    }
}
