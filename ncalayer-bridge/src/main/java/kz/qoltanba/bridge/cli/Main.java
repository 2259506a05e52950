package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
        Map<String, Supplier<Object>> subcommands = subcommands(environment, systemProperties, onStarted);
        CommandLine commandLine = new CommandLine(new BridgeCommand());
        // A command line naming a subcommand builds only that one: picocli reads every command's annotations
        // when it is added, and building all of them (and what their constructors prepare, e.g. an HTTP client)
        // was the largest part of the host's start-up. Anything else (no arguments, --help, --version, a
        // mistyped name) gets the full command tree, so help and error messages list every subcommand.
        Supplier<Object> named = args.length > 0 ? subcommands.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            subcommands.forEach((name, subcommand) -> commandLine.addSubcommand(name, subcommand.get()));
        }
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

    /** Every subcommand by name, in the order help lists them; each is built only when asked for. */
    private static Map<String, Supplier<Object>> subcommands(
            Map<String, String> environment, Properties systemProperties, Consumer<RunningBridge> onStarted) {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("tls", () -> TlsCommand.create(environment, systemProperties));
        subcommands.put("doctor", () -> new DoctorCommand(environment, systemProperties));
        subcommands.put("serve", () -> new ServeCommand(environment, systemProperties, onStarted));
        subcommands.put("sign", () -> new SignCommand(environment, java.time.Clock.systemUTC()));
        subcommands.put(
                "verify",
                () -> new VerifyCommand(
                        java.time.Clock.systemUTC(),
                        kz.qoltanba.signing.validation.RevocationTransport.http(java.time.Duration.ofSeconds(10))));
        subcommands.put("cert-info", () -> new CertInfoCommand(environment));
        subcommands.put("keys", () -> new KeysCommand(environment));
        subcommands.put("modules", () -> new ModulesCommand(environment, systemProperties));
        subcommands.put("catalog", () -> new CatalogCommand(environment));
        return subcommands;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
