package dev.wamock.server.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian {@code chromium} driven through Debian's {@code chromedriver}: no driver or browser download
 * (both paths are given, so Selenium Manager is never asked). A missing package fails the test with the command that
 * installs it; CI installs both in {@code .ci/run}. Use through {@link BrowserExtension}, which takes a screenshot
 * into the surefire reports folder when a test fails.
 */
public final class Browser implements AutoCloseable {
    /** Debian's paths; {@code -Dwamock.chromium} and {@code -Dwamock.chromedriver} override them. */
    static final String CHROMIUM = System.getProperty("wamock.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("wamock.chromedriver", "/usr/bin/chromedriver");

    /** Selenium looks for DevTools bindings of this chromium's version at every start; the tests use none. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a fresh headless browser (its own profile) with a 1280×900 window. */
    public static Browser start() {
        for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(path))) {
                throw new IllegalStateException(path + " is missing: browser tests need Debian's chromium and its driver;"
                        + " install them with `apt-get install chromium chromium-driver`");
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--mute-audio");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver);
    }

    /** The driver, to open pages and find elements. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait of up to {@code timeout} on this browser, polling every 50 ms. An element the page re-rendered between
     * a find and a read (stale) is a reason to look again, not a failure: the live page redraws its tables.
     */
    public WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Runs {@code script} in the page and returns what it returns. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The browser console's errors (level SEVERE: uncaught exceptions, failed loads, console.error) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /** Saves a PNG of the window to {@code file} and returns it. */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
