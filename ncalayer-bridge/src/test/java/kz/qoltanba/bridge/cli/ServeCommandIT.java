package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.qoltanba.bridge.runtime.RunningBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandIT {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, Consumer<RunningBridge> onStarted, String... args) {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", home.toString());
        return Main.run(args, env, system, onStarted, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int run(String... args) {
        return run(
                Map.of(),
                bridge -> {
                    throw new AssertionError("must not start");
                },
                args);
    }

    @Test
    void whenServeHelpIsAsked_thenExit0AndEveryOptionIsListed() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "--home",
                        "--port",
                        "--allowed-origin",
                        "--tsa-url",
                        "--trust",
                        "--unattended",
                        "--keystore",
                        "--password-env",
                        "--keys-dir");
    }

    @Test
    void whenNoCommandOrUnknownOption_thenUsageExit2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("serve", "--no-such-option")).isEqualTo(2);
        assertThat(run("serve", "--port", "notanumber")).isEqualTo(2);
    }

    @Test
    void whenConfigurationValueIsBad_thenExit2NamingTheKey() {
        int code = run(Map.of("QOLTANBA_MAX_FRAME_BYTES", "tiny"), bridge -> {}, "serve", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'max.frame.bytes'").contains("QOLTANBA_MAX_FRAME_BYTES");
    }

    @Test
    void whenKeystoreIsGivenWithoutUnattended_thenExit2() throws Exception {
        Path keystore = Files.writeString(home.resolve("k.p12"), "x");

        int code = run(
                Map.of("PW", "x"),
                bridge -> {},
                "serve",
                "--home",
                home.toString(),
                "--keystore",
                keystore.toString(),
                "--password-env",
                "PW");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--unattended");
    }

    @Test
    void whenPortIsBusy_thenExit3SayingSo() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();

            int code = run(Map.of(), bridge -> {}, "serve", "--home", home.toString(), "--port", String.valueOf(port));

            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).contains("Port " + port).contains("already in use");
            assertThat(home.resolve("logs/bridge.log"))
                    .as("a desktop start also finds why it stopped in the log file")
                    .content(StandardCharsets.UTF_8)
                    .contains("Port " + port)
                    .contains("already in use");
        }
    }

    @Test
    void whenSecondBridgeUsesTheSameHome_thenExit3WithoutTouchingTheFirst() {
        AtomicInteger secondCode = new AtomicInteger(-1);
        StringWriter secondErr = new StringWriter();
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");

        int code = run(
                Map.of(),
                first -> {
                    secondCode.set(Main.run(
                            new String[] {"serve", "--home", home.toString(), "--port", "0"},
                            Map.of(),
                            system,
                            second -> second.close(),
                            new PrintWriter(new StringWriter(), true),
                            new PrintWriter(secondErr, true)));
                    assertThat(first.moduleHost().bundles()).containsOnlyKeys("kz.qoltanba.bridge.builtin");
                    first.close();
                },
                "serve",
                "--home",
                home.toString(),
                "--port",
                "0");

        assertThat(code).isZero();
        assertThat(secondCode.get()).isEqualTo(3);
        assertThat(secondErr.toString())
                .contains("Another bridge is already running")
                .contains(home.toString());
    }

    @Test
    void whenServeStarts_thenItListensCreatesItsHomeAndReturns0WhenStopped() {
        AtomicInteger port = new AtomicInteger();

        int code = run(
                Map.of(),
                bridge -> {
                    port.set(bridge.port());
                    bridge.close();
                },
                "serve",
                "--home",
                home.toString(),
                "--port",
                "0",
                "--allowed-origin",
                "http://127.0.0.1:8080");

        assertThat(code).isZero();
        assertThat(port.get()).isPositive();
        assertThat(home.resolve("tls/server.p12")).isRegularFile();
        assertThat(home.resolve("felix-cache")).isDirectory();
    }

    @Test
    void whenUnattendedWithKeysDir_thenServeStartsAndWarnsInTheLog(@TempDir Path keys) {
        AtomicInteger port = new AtomicInteger();

        String log = capturingLog(() -> {
            int code = run(
                    Map.of(),
                    bridge -> {
                        port.set(bridge.port());
                        bridge.close();
                    },
                    "serve",
                    "--home",
                    home.toString(),
                    "--port",
                    "0",
                    "--unattended",
                    "--keys-dir",
                    keys.toString());
            assertThat(code).isZero();
        });

        assertThat(port.get()).isPositive();
        assertThat(log).contains("WARN").contains("UNATTENDED MODE");
        assertThat(home.resolve("logs/bridge.log"))
                .as("a start without a terminal keeps the warning in the log file")
                .content(StandardCharsets.UTF_8)
                .contains("WARN")
                .contains("UNATTENDED MODE");
    }

    @Test
    void whenNotUnattended_thenNoUnattendedWarning() {
        String log = capturingLog(
                () -> run(Map.of(), RunningBridge::close, "serve", "--home", home.toString(), "--port", "0"));

        assertThat(log).contains("Listening on").doesNotContain("UNATTENDED MODE");
    }

    /** The log goes to stderr (slf4j-simple); collects what the action logs. */
    private static String capturingLog(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return log.toString(StandardCharsets.UTF_8);
    }
}
