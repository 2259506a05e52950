package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The dialogs, the tray and the module manager on a real (virtual) X display. AWT picks its display from
 * {@code DISPLAY} once, when the toolkit starts, so the scenarios run in a JVM forked here with
 * {@code DISPLAY} set to a private {@code Xvfb} (with {@code trayer} as the tray host); each of its tests
 * becomes one dynamic test here. Screenshots land in {@code target/dialogs/}.
 */
class DesktopUnderXvfbIT {
    private static final Path OUTPUT = Path.of("target", "dialogs").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> whenScenariosRunOnAnXDisplayWithATray_thenEachPasses() throws Exception {
        Path xvfb = DesktopTools.require("Xvfb");
        Path trayer = DesktopTools.require("trayer");
        Files.createDirectories(OUTPUT);
        Path results = OUTPUT.resolve("results.tsv");
        Files.deleteIfExists(results);
        int exit;
        try (XvfbSession session = XvfbSession.start(xvfb, trayer, OUTPUT)) {
            exit = runScenarios(session.display(), results);
        }
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        assertThat(lines).as("scenario results (exit %d, see %s)", exit, OUTPUT).hasSizeGreaterThan(20);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            tests.add(DynamicTest.dynamicTest(
                    parts[0],
                    () -> assertThat(parts[1])
                            .as("%s: %s", parts[0], parts.length > 2 ? parts[2] : "")
                            .isEqualTo("SUCCESSFUL")));
        }
        tests.add(DynamicTest.dynamicTest(
                "scenario JVM exit status", () -> assertThat(exit).isZero()));
        return tests.stream();
    }

    private static int runScenarios(String display, Path results) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Djava.awt.headless=false",
                        "-Dqoltanba.ui.screenshots=" + OUTPUT,
                        "-Duser.language=en",
                        DesktopScenarioRunner.class.getName(),
                        results.toString())
                .redirectErrorStream(true)
                .redirectOutput(OUTPUT.resolve("scenarios.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The scenario JVM did not finish in 240 s (see scenarios.log)");
        }
        return process.exitValue();
    }
}
