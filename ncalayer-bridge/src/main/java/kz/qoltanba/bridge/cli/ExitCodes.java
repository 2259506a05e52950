package kz.qoltanba.bridge.cli;

import kz.qoltanba.bridge.config.ConfigException;
import picocli.CommandLine;

/** The command line's exit codes and the mapping from failures to them. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int USAGE = 2;
    static final int RUNTIME_FAILURE = 3;

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof ConfigException || failure instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (CatalogRefusals.isRefusal(failure)) {
            return CHECK_FAILED;
        }
        return RUNTIME_FAILURE;
    }
}
