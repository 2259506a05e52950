package kz.qoltanba.bridge.ui;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the desktop scenario classes in this JVM — started by {@link DesktopUnderXvfbIT} with {@code DISPLAY}
 * naming its private X server, since AWT reads {@code DISPLAY} once, when the toolkit starts — and writes one
 * line per test to the results file: {@code name TAB status TAB message}.
 */
public final class DesktopScenarioRunner {
    static final Class<?>[] SCENARIOS = {
        DialogScenarios.class,
        TrayScenarios.class,
        ModuleManagerScenarios.class,
        SigningFlowScenarios.class,
        InstallQuestionScenarios.class,
        ModuleWindowScenarios.class,
        ProgressOwnershipScenarios.class,
        kz.qoltanba.bridge.cli.DesktopServeScenarios.class
    };

    private DesktopScenarioRunner() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        int status;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(results, StandardCharsets.UTF_8), true)) {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
            for (Class<?> scenario : SCENARIOS) {
                request.selectors(selectClass(scenario));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create();
            ResultLines lines = new ResultLines(out);
            launcher.execute(discovery, lines);
            status = lines.failed ? 1 : 0;
        }
        // AWT's threads would keep the JVM alive.
        System.exit(status);
    }

    private static final class ResultLines implements TestExecutionListener {
        private final PrintWriter out;
        private boolean failed;

        ResultLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                return;
            }
            String message = result.getThrowable()
                    .map(failure -> failure.getClass().getSimpleName() + ": " + failure.getMessage())
                    .orElse("");
            failed |= result.getStatus() == TestExecutionResult.Status.FAILED;
            out.println(name(test) + "\t" + result.getStatus() + "\t" + message.replaceAll("\\s+", " "));
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            out.println(name(test) + "\tSKIPPED\t" + reason.replaceAll("\\s+", " "));
        }

        private static String name(TestIdentifier test) {
            String uniqueId = test.getUniqueId();
            String className = uniqueId.replaceAll(".*\\[class:[^\\]]*\\.([^.\\]]+)\\].*", "$1");
            return className + " " + test.getLegacyReportingName();
        }
    }
}
