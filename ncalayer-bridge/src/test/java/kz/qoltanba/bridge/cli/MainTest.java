package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MainTest {
    private static final String[] SUBCOMMANDS = {
        "tls", "doctor", "serve", "sign", "verify", "cert-info", "keys", "modules", "catalog"
    };

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args, Map.of(), new Properties(), bridge -> {}, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void whenHelpIsAskedAtTheTop_thenEverySubcommandIsListed() {
        Result help = run("--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains(SUBCOMMANDS);
    }

    @Test
    void whenTheSubcommandIsMistyped_thenTheSuggestionsComeFromEverySubcommand() {
        Result wrong = run("srve");

        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("'srve'").contains("qoltanba-bridge serve", "qoltanba-bridge verify");
    }

    @Test
    void whenASubcommandIsNamed_thenItsOwnHelpAnswers() {
        for (String name : SUBCOMMANDS) {
            Result help = run(name, "--help");

            assertThat(help.code()).as(name).isZero();
            assertThat(help.out()).as(name).contains("qoltanba-bridge " + name);
        }
    }
}
