package kz.qoltanba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.portal.web.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command: {@code java -jar target/qoltanba-portal.jar --demo} on a fresh home starts the
 * embedded database (Flyway and JDBC found through the merged service files), serves pages and static files, and
 * prints where the key files are.
 */
class SelfContainedJarIT {
    @Test
    void whenTheJarStartsWithDemo_thenThePortalServesAndTellsWhereTheKeysAre(@TempDir Path home) throws Exception {
        Path jar = Path.of(System.getProperty("qoltanba.portal.jar", "target/qoltanba-portal.jar"));
        assertThat(jar).as("built by the package phase").exists();
        int port = freePort();
        Path output = home.resolve("portal.log");
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--demo",
                        "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().put("HOME", home.toString());
        command.environment().remove("PORTAL_DB_URL");
        Process portal = command.start();
        try {
            String log = waitFor(output, "Start the signing bridge", portal);

            assertThat(log)
                    .contains("Qoltanba portal: http://127.0.0.1:" + port + "/")
                    .contains(home.resolve(".local/share/qoltanba-portal/demo-keys")
                            .toString());
            WebClient browser = new WebClient();
            HttpResponse<String> page = browser.get("http://127.0.0.1:" + port + "/");
            HttpResponse<String> css = browser.get("http://127.0.0.1:" + port + "/static/css/portal.css");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Портал социальных услуг");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(home.resolve(".local/share/qoltanba-portal/demo-keys/AUTH_RSA_supplier-director.p12"))
                    .exists();
        } finally {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    @Test
    void whenTheConfigurationIsWrong_thenTheJarExitsWith2NamingTheKey(@TempDir Path home) throws Exception {
        Path jar = Path.of(System.getProperty("qoltanba.portal.jar", "target/qoltanba-portal.jar"));
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--dev")
                .redirectErrorStream(true);
        command.environment().put("HOME", home.toString());
        command.environment().put("PORTAL_LOCKOUT", "ten minutes");
        Process portal = command.start();
        String output = new String(portal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(portal.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(portal.exitValue()).isEqualTo(2);
        assertThat(output).contains("PORTAL_LOCKOUT: must be an ISO-8601 duration such as PT10M, got 'ten minutes'");
    }

    private static String waitFor(Path output, String marker, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String log = "";
        while (Instant.now().isBefore(deadline)) {
            log = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            if (log.contains(marker)) {
                return log;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped (exit " + process.exitValue() + "):\n" + log);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the portal did not print '" + marker + "' within 120 s:\n" + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
