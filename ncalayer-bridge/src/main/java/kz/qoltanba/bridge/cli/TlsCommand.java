package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import kz.qoltanba.bridge.config.HomeDirectory;
import kz.qoltanba.bridge.tls.DatabaseTrust;
import kz.qoltanba.bridge.tls.LocalTrust;
import kz.qoltanba.bridge.tls.TrustReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tls init|renew|status|remove}: one class, the action chosen by the subcommand name. */
@Command(mixinStandardHelpOptions = true)
final class TlsCommand implements Callable<Integer> {
    enum Action {
        INIT("Create a local CA, issue the loopback server certificate, trust the CA in every browser database "
                + "and forget its private key."),
        RENEW("New local CA and server certificate; the new CA is trusted and the old one removed."),
        STATUS("Report the server certificate and what is trusted where (exit 1 when a browser lacks trust)."),
        REMOVE("Remove this installation's CAs from every browser database; back to a self-signed certificate.");

        final String description;

        Action(String description) {
            this.description = description;
        }
    }

    @Option(names = "--home", paramLabel = "DIR", description = "Home directory (default: per OS).")
    Path home;

    @Spec
    CommandSpec spec;

    private final Action action;
    private final Map<String, String> environment;
    private final Properties systemProperties;

    private TlsCommand(Action action, Map<String, String> environment, Properties systemProperties) {
        this.action = action;
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    /** The {@code tls} command with its four subcommands. */
    static CommandLine create(Map<String, String> environment, Properties systemProperties) {
        CommandLine group = new CommandLine(new TlsGroup());
        for (Action action : Action.values()) {
            CommandLine sub = new CommandLine(new TlsCommand(action, environment, systemProperties));
            sub.getCommandSpec().usageMessage().description(action.description);
            group.addSubcommand(action.name().toLowerCase(java.util.Locale.ROOT), sub);
        }
        return group;
    }

    @Override
    public Integer call() throws Exception {
        String userHomeProperty = systemProperties.getProperty("user.home", "");
        Path bridgeHome =
                HomeDirectory.resolve(home, environment, systemProperties.getProperty("os.name", ""), userHomeProperty);
        LocalTrust trust = LocalTrust.forUser(
                bridgeHome.resolve("tls"),
                HomeDirectory.userHome(environment, userHomeProperty),
                environment,
                Clock.systemUTC(),
                new SecureRandom());
        TrustReport report = switch (action) {
            case INIT -> trust.init();
            case RENEW -> trust.renew();
            case STATUS -> trust.status();
            case REMOVE -> trust.remove();
        };
        PrintWriter out = spec.commandLine().getOut();
        print(report, out);
        if (action != Action.STATUS) {
            out.println("A running bridge serves the new certificate within a second, without a restart; "
                    + "restart browsers that were open so they re-read their trust stores.");
        }
        return action == Action.STATUS && !report.fullyTrusted() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    static void print(TrustReport report, PrintWriter out) {
        out.println("Server certificate: "
                + report.serverCertificate().getSubjectX500Principal().getName() + ", valid until "
                + report.serverCertificate().getNotAfter().toInstant());
        out.println(report.authority()
                .map(ca -> "Issued by local CA: " + ca.getSubjectX500Principal().getName()
                        + " (its private key was destroyed after issuing)")
                .orElse("Self-signed: no browser trusts it; run 'qoltanba-bridge tls init'."));
        for (DatabaseTrust database : report.databases()) {
            out.println(String.format(
                    "%-16s %-11s %s%s",
                    database.browser(),
                    state(database),
                    database.database(),
                    database.staleAuthorities().isEmpty()
                            ? ""
                            : " (old: " + String.join(", ", database.staleAuthorities()) + ")"));
        }
    }

    static String state(DatabaseTrust database) {
        if (!database.present()) {
            return "absent";
        }
        return database.trusted() ? "trusted" : "NOT trusted";
    }

    /** The {@code tls} group itself does nothing but point to its subcommands. */
    @Command(name = "tls", mixinStandardHelpOptions = true, description = "Local TLS trust for browsers.")
    static final class TlsGroup implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Missing subcommand: init, renew, status or remove.");
        }
    }
}
