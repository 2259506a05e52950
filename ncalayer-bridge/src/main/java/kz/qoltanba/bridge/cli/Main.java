package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import kz.qoltanba.bridge.runtime.RunningBridge;
import picocli.CommandLine;

/** Entry point: exit codes 0 success, 1 a check failed, 2 usage error, 3 runtime failure. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        kz.qoltanba.bridge.config.HttpProxy.allowBasicForTunnels(System.getProperties());
        int code = run(
                args,
                System.getenv(),
                System.getProperties(),
                bridge -> {},
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs one command line; everything external comes in as a parameter so tests can vary it. */
    static int run(
            String[] args,
            Map<String, String> environment,
            Properties systemProperties,
            Consumer<RunningBridge> onStarted,
            PrintWriter out,
            PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BridgeCommand());
        commandLine.addSubcommand("tls", TlsCommand.create(environment, systemProperties));
        commandLine.addSubcommand(new DoctorCommand(environment, systemProperties));
        commandLine.addSubcommand(new ServeCommand(environment, systemProperties, onStarted));
        commandLine.addSubcommand(new SignCommand(environment, java.time.Clock.systemUTC()));
        commandLine.addSubcommand(new VerifyCommand(
                java.time.Clock.systemUTC(),
                kz.qoltanba.signing.validation.RevocationTransport.http(java.time.Duration.ofSeconds(10))));
        commandLine.addSubcommand(new CertInfoCommand(environment));
        commandLine.addSubcommand(new KeysCommand(environment));
        commandLine.addSubcommand(new ModulesCommand(environment, systemProperties));
        commandLine.addSubcommand(new CatalogCommand(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            failedCommand.getErr().println(failedCommand.getColorScheme().errorText(message(failure)));
            if (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose")) {
                failure.printStackTrace(failedCommand.getErr());
            }
            return new ExitCodes().getExitCode(failure);
        });
        return commandLine.execute(args);
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
