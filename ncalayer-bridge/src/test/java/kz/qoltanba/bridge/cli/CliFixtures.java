package kz.qoltanba.bridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import kz.qoltanba.signing.testutil.Prerequisites;

/**
 * The read-only NCA fixtures under the shared folder ({@code qoltanba.shared} system property, default
 * {@code ../shared}): a test skips on a user's machine without them and fails in CI ({@code CI=true}).
 */
final class CliFixtures {
    /** The instant at which the GOST-2015 fixtures are judged (see the fixtures README). */
    static final Instant GOST2015_INSTANT = Instant.parse("2026-09-01T00:00:00Z");
    /** The environment variable the tests put the fixtures' password in. */
    static final String PASSWORD_ENV = "NCA_TEST_PASSWORD";
    /** Password of every NCA test key file. */
    static final String PASSWORD = "Qwerty12";

    private CliFixtures() {}

    static Path shared() {
        Path path = Path.of(System.getProperty("qoltanba.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(path.resolve("fixtures/nca-test"))) {
            String message = "the shared fixtures folder " + path
                    + " is missing (set -Dqoltanba.shared=DIR to the folder with fixtures/nca-test)";
            Prerequisites.require(false, message);
        }
        return path;
    }

    static Path gost2015(String file) {
        return shared().resolve("fixtures/nca-test/gost2015-2022").resolve(file);
    }

    static Path kalkan2020(String file) {
        return shared().resolve("fixtures/nca-test/kalkan-2020").resolve(file);
    }
}
