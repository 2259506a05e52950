package kz.qoltanba.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import kz.qoltanba.signing.testutil.HeadlessChromium;
import kz.qoltanba.signing.testutil.Prerequisites;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the system chromedriver, with a fresh profile and HOME at a given folder (so its
 * NSS database is the one {@code tls init} wrote and the bridge's certificate is trusted for real). Screenshots go
 * to {@code target/e2e-screenshots/}.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** @param home HOME of the browser process; {@code profile} a fresh folder for its user data */
    public static Browser start(Path home, Path profile) throws Exception {
        Prerequisites.require(Files.isExecutable(CHROMIUM), "chromium (apt install chromium)");
        Prerequisites.require(Files.isExecutable(CHROMEDRIVER), "chromedriver (apt install chromium-driver)");
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(HeadlessChromium.FLAGS);
        options.addArguments("--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Waits until the element is visible and its text contains {@code text}; returns its text. */
    public String waitForText(By by, String text, Duration timeout) {
        // The text is read in the same step that matched it: a page that re-renders (a redirect, a script
        // replacing the element) between finding and reading would otherwise leave a stale element.
        return new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> {
                    String shown;
                    try {
                        shown = d.findElement(by).getText();
                    } catch (WebDriverException e) {
                        if (replacedWhileRead(e)) {
                            return null; // the same race, reported by Chromium's inspector instead: look again
                        }
                        throw e;
                    }
                    return shown.contains(text) ? shown : null;
                });
    }

    /**
     * Chromium sometimes reports an element replaced between finding and reading not as a stale element but as
     * "Node with given id does not belong to the document".
     */
    private static boolean replacedWhileRead(WebDriverException e) {
        return !(e instanceof StaleElementReferenceException)
                && e.getMessage() != null
                && e.getMessage().contains("does not belong to the document");
    }

    public void waitForUrl(String fragment, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.urlContains(fragment));
    }

    /** Saves a screenshot as {@code target/e2e-screenshots/NAME.png}. */
    public Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
