package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.bridge.tls.TlsTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsCommandTest {
    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", root.toString());
        return Main.run(
                args,
                Map.of("HOME", root.toString()),
                system,
                b -> {},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void whenHelpIsAsked_thenEverySubcommandAndHomeOptionAreListed() {
        assertThat(run("tls", "--help")).isZero();
        assertThat(out.toString()).contains("init", "renew", "status", "remove");
        for (String action : new String[] {"init", "renew", "status", "remove"}) {
            assertThat(run("tls", action, "--help")).isZero();
        }
        assertThat(out.toString()).contains("--home");
        assertThat(run("doctor", "--help")).isZero();
    }

    @Test
    void whenSubcommandIsMissingOrUnknown_thenUsageExit2() {
        assertThat(run("tls")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand");
        assertThat(run("tls", "frobnicate")).isEqualTo(2);
        assertThat(run("tls", "status", "--nope")).isEqualTo(2);
    }

    @Test
    void whenStatusBeforeAndAfterInit_thenExit1ThenExit0AndTheDefaultHomeIsUnderHome() throws Exception {
        TlsTools.require("certutil", "apt install libnss3-tools");

        assertThat(run("tls", "status")).isEqualTo(1);
        assertThat(out.toString()).contains("Self-signed: no browser trusts it");
        assertThat(root.resolve(".config/qoltanba/tls/server.p12")).exists();

        assertThat(run("tls", "init")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("tls", "status")).isZero();
        assertThat(out.toString())
                .contains("Issued by local CA: O=Qoltanba bridge,CN=Qoltanba local CA ")
                .contains("Chromium/Chrome  trusted     " + root.resolve(".local/share/pki/nssdb"))
                .contains("Firefox          absent");
        assertThat(Files.readString(root.resolve(".config/qoltanba/tls/local-ca.pem")))
                .startsWith("-----BEGIN CERTIFICATE-----");
    }
}
