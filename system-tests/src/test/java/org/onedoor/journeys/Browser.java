package org.onedoor.journeys;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver; see README) with the few moves the
 * journeys need. Paths can be moved with {@code onedoor.browser.binary} and {@code onedoor.browser.driver}.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    /** A new browser logged in at the identity provider as {@code username}, having asked for {@code start}. */
    public static Browser loggedIn(String start, String username, String password) {
        Browser browser = new Browser();
        browser.open(RunningPlatform.baseUrl() + start);
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
        return browser;
    }

    public Browser() {
        String binary = System.getProperty("onedoor.browser.binary", "/usr/bin/chromium");
        String driverPath = System.getProperty("onedoor.browser.driver", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driverPath).canExecute()) {
            throw new IllegalStateException("Chromium (" + binary + ") and ChromeDriver (" + driverPath
                    + ") are needed for browser journeys: apt-get install chromium chromium-driver (see README)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(binary);
        options.addArguments(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1280,900"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public void open(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The browser's reload button. */
    void reload() {
        driver.navigate().refresh();
    }

    /** The browser's back button. */
    void back() {
        driver.navigate().back();
    }

    /** Opens {@code url} in a new tab of this browser (same cookies); answers the tab that was current. */
    String openTab(String url) {
        String current = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(url);
        return current;
    }

    /** Goes back to a tab {@link #openTab} answered. */
    void switchToTab(String tab) {
        driver.switchTo().window(tab);
    }

    public WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return await(locator).getText();
    }

    public void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    public void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Waits until the element's text contains {@code text} (pages that refresh themselves). */
    public void awaitText(By locator, String text, java.time.Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Hands a file to a file input (hidden ones too, as PrimeFaces uses). */
    void upload(By input, java.nio.file.Path file) {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(input))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits longer than usual for an element to show: for pages that refresh themselves (provisioning). */
    public WebElement await(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void awaitGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Waits until the page's PrimeFaces requests are answered and their updates applied. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public String attribute(By locator, String name) {
        return await(locator).getAttribute(name);
    }

    public void accept() {
        click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void awaitUrlStartingWith(String prefix) {
        wait.until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    /** Runs {@code script} in the page (e.g. to choose in a PrimeFaces menu by its widget). */
    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The browser's cookies for the current site, as a Cookie header: to fetch what a link points to. */
    String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * The page's serious and critical violations of WCAG 2.1 A/AA found by axe-core (Deque's npm
     * package, injected by its Selenium binding), one line each: rule, impact, the element.
     */
    List<String> accessibilityViolations() {
        return new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver).getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .flatMap(rule -> rule.getNodes().stream()
                                .map(node -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                                        + node.getHtml()))
                        .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
