package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.qoltanba.signing.validation.RevocationTransport;
import picocli.CommandLine;

/**
 * Runs the signature commands the way {@link Main} wires them (same exit-code mapper, same one-line
 * error output), with a fixed clock, an environment map and a revocation transport chosen by the test.
 */
final class CliRun {
    /** What one command line produced. */
    record Result(int code, String out, String err) {}

    private final Map<String, String> environment;
    private final Clock clock;
    private final RevocationTransport transport;

    CliRun(Map<String, String> environment, Instant now, RevocationTransport transport) {
        this.environment = environment;
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
        this.transport = transport;
    }

    /** NCA fixtures: their password in {@link CliFixtures#PASSWORD_ENV}, offline, at the GOST-2015 instant. */
    static CliRun offlineAtGost2015Instant() {
        return new CliRun(
                Map.of(CliFixtures.PASSWORD_ENV, CliFixtures.PASSWORD),
                CliFixtures.GOST2015_INSTANT,
                RevocationTransport.offline());
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new BridgeCommand());
        commandLine.addSubcommand(new SignCommand(environment, clock));
        commandLine.addSubcommand(new VerifyCommand(clock, transport));
        commandLine.addSubcommand(new CertInfoCommand(environment));
        commandLine.addSubcommand(new KeysCommand(environment));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setExecutionExceptionHandler((failure, failed, parseResult) -> {
            failed.getErr().println(failure.getMessage());
            return new ExitCodes().getExitCode(failure);
        });
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
