package kz.qoltanba.bridge.cli;

import picocli.CommandLine.Command;

/** The root command; every action is a subcommand. */
@Command(
        name = "qoltanba-bridge",
        mixinStandardHelpOptions = true,
        version = "qoltanba-bridge " + kz.qoltanba.bridge.runtime.RunningBridge.VERSION,
        description = "Local NCALayer-compatible signing host.")
final class BridgeCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "Missing command: try 'qoltanba-bridge serve --help'.");
    }
}
