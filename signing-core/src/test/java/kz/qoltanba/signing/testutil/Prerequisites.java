package kz.qoltanba.signing.testutil;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one rule for tests that need something beyond JDK + Maven (a tool, a fixture folder): on a user's
 * machine the test is skipped with a message naming what is missing; in CI ({@code CI=true}) it fails.
 */
public final class Prerequisites {
    private Prerequisites() {}

    /** Skips (locally) or fails (CI) the running test unless {@code present}. */
    public static void require(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if (inCi()) {
            fail(whatIsMissing);
        }
        assumeTrue(false, whatIsMissing);
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
