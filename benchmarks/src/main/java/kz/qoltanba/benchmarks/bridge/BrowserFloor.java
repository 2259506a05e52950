package kz.qoltanba.benchmarks.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The echo's round trips as a page sees them: headless Chromium, driven through chromedriver, loads
 * {@link FloorPage} from the echo server and times the same request there with {@code performance.now()}. The
 * browser ignores certificate errors instead of trusting the bridge's certificate, which changes no TLS work.
 */
final class BrowserFloor {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** What the page measured and how: cross-origin isolated or not, its timer's step, the accepted extensions. */
    record Result(
            String browserVersion, boolean isolated, double timerStepMicros, String extensions, Latencies latencies) {
        String describeSetting() {
            return String.format(
                    "Chromium %s, page cross-origin isolated: %s, performance.now() step %.3f ms, extensions accepted: %s",
                    browserVersion, isolated, timerStepMicros / 1000, extensions.isEmpty() ? "none" : extensions);
        }
    }

    private BrowserFloor() {}

    /** What is missing for the browser floor on this machine, or empty when it can run. */
    static Optional<String> missing() {
        List<String> absent = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(program -> !Files.isExecutable(program))
                .map(Path::toString)
                .toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", absent) + " not found");
    }

    /**
     * Opens the page of the echo server at {@code port} in a fresh headless Chromium (profile under {@code work})
     * and waits until it has sent {@code request} {@code warmup + count} times; the last {@code count} round trips.
     */
    static Result measure(int port, String request, int warmup, int count, Path work) throws Exception {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--ignore-certificate-errors",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(FloorPage.address(port, request, warmup, count).toString());
            Map<?, ?> result = awaitResult(driver, timeout(warmup + count));
            if (result.get("error") != null) {
                throw new IOException("the floor page failed: " + result.get("error"));
            }
            return new Result(
                    String.valueOf(driver.getCapabilities().getBrowserVersion()),
                    Boolean.TRUE.equals(result.get("isolated")),
                    ((Number) result.get("timerStepMicros")).doubleValue(),
                    String.valueOf(result.get("extensions")),
                    new Latencies(
                            nanos((List<?>) result.get("latenciesMicros")),
                            Math.round(((Number) result.get("wallMicros")).doubleValue() * 1000)));
        } finally {
            driver.quit();
        }
    }

    /** A minute, and 10 ms more for every round trip. */
    private static Duration timeout(int roundTrips) {
        return Duration.ofSeconds(60).plusMillis(10L * roundTrips);
    }

    /** Waits on the page's own promise, so nothing polls the page while it measures. */
    private static Map<?, ?> awaitResult(ChromeDriver driver, Duration timeout) throws IOException {
        driver.manage().timeouts().scriptTimeout(timeout);
        try {
            Object result = driver.executeAsyncScript("window.floorDone.then(arguments[arguments.length - 1]);");
            if (result instanceof Map<?, ?> map) {
                return map;
            }
            throw new IOException("the floor page gave no result but " + result);
        } catch (ScriptTimeoutException e) {
            throw new IOException("the floor page gave no result within " + timeout.toSeconds() + " s", e);
        }
    }

    private static long[] nanos(List<?> micros) {
        return micros.stream()
                .mapToLong(value -> Math.round(((Number) value).doubleValue() * 1000))
                .toArray();
    }
}
