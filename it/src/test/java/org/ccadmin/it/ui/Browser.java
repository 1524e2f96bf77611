package org.ccadmin.it.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a user would click: type, click, wait for the Faces
 * ajax queue to drain (never sleep), screenshot into {@code screenshots.dir}. Both binaries are named
 * explicitly so Selenium Manager never tries to download a browser.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("ccadmin-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30)); // a loaded CI machine can take long over a first page
        screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), System.getProperty("ccadmin.db", "h2"));
        Files.createDirectories(screenshots);
    }

    /** Signs in to the ccadmin console at {@code base} as the administrator the build created. */
    void signInAsAdministrator(String base) {
        signIn(base, org.ccadmin.it.Api.ADMIN, System.getProperty("admin.password"));
    }

    /** Signs in to the ccadmin console at {@code base} with the sign-in form. */
    void signIn(String base, String user, String password) {
        open(base + "login.xhtml");
        type("loginForm:userName", user);
        type("loginForm:password", password);
        click("loginForm:signIn");
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        settle();
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        retryingReplaced(() -> {
            WebElement field = visible(id);
            field.clear();
            field.sendKeys(text);
        });
    }

    /**
     * Replaces an input's text as a person would (select all, type, Tab to the next field): for inputs whose
     * widget puts the old value back on {@code clear()}, such as a date picker, whose pop-up the Tab closes.
     */
    void replace(String id, String text) {
        WebElement field = visible(id);
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text,
                org.openqa.selenium.Keys.TAB);
    }

    void click(String id) {
        click(By.id(id));
    }

    /** Scrolls the element into view first: dialog buttons may sit below the fold of a scrolling dialog. */
    void click(By by) {
        retryingReplaced(() -> {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        });
        settle();
    }

    /**
     * Runs a step again, up to five times, when the element it found was replaced before it acted (a push or an
     * ajax response re-rendered it) or something passing over it took the click (an overlay still animating
     * closed). In both cases the browser delivered nothing to the element, so the retry is what a person does:
     * look again and click again. Anything else fails at once.
     */
    private void retryingReplaced(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 5) {
                    keepPage("failed-retried-step");
                    throw e;
                }
                settle();
                pause(300L * attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes a PrimeFaces date picker's calendar if it shows, as Escape would, and waits until it is gone: a
     * calendar still open (or still animating open) sits over the controls below its field.
     */
    void closeDatePicker(String datePickerId) {
        By calendar = By.cssSelector(".ui-datepicker-group");
        for (int attempt = 0; attempt < 10 && driver.findElements(calendar).stream().anyMatch(WebElement::isDisplayed); attempt++) {
            ((JavascriptExecutor) driver).executeScript("var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);"
                    + " if (w) { if (w.hide) { w.hide(); } else if (w.jq && w.jq.datePicker) { w.jq.datePicker('hideOverlay'); } }",
                    datePickerId);
            pause(300);
        }
    }

    /** Types into a PrimeFaces autocomplete (real key events) and picks the suggestion with that label. */
    void pick(String autocompleteId, String query, String label) {
        WebElement input = visible(autocompleteId + "_input");
        input.clear();
        input.sendKeys(query);
        // Suggestions are list items or, with columns, table rows: both carry the class and the label.
        By item = By.xpath("//*[@id='" + autocompleteId + "_panel']//*[contains(@class,'ui-autocomplete-item')][@data-item-label='"
                + label + "']");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(item)).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            keepPage("failed-pick-" + autocompleteId.replace(':', '_'));
            throw e;
        }
        settle();
    }

    /** The page's HTML and a screenshot beside the other screenshots, for a step that failed. */
    void keepPage(String name) {
        try {
            Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
            screenshot(name);
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more
        }
    }

    /** Clicks the option with this label of a PrimeFaces selectOneButton. */
    void choose(String selectOneButtonId, String label) {
        click(By.xpath("//*[@id='" + selectOneButtonId + "']//div[contains(@class,'ui-button')][normalize-space(.)='" + label + "']"));
    }

    /**
     * Picks the option with this label of a PrimeFaces selectOneMenu and waits until the menu shows it: a click
     * that lands while the panel is still animating open is otherwise lost without a trace.
     */
    void select(String selectOneMenuId, String label) {
        By shown = By.id(selectOneMenuId + "_label");
        By option = By.xpath("//*[starts-with(@id,'" + selectOneMenuId + "_')]//li[@data-label='" + label + "']");
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                click(By.id(selectOneMenuId));
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(option));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
                item.click();
                settle();
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.WebDriverException retry) {
                // the panel was still moving into place (covered, not yet interactable) or closed again: start over.
                // The menu's widget closes its panel; Escape only where there is none, as in a dialog it closes the dialog too.
                Object closed = ((JavascriptExecutor) driver).executeScript("var w = window.PrimeFaces && PrimeFaces.getWidgetById"
                        + " && PrimeFaces.getWidgetById(arguments[0]); if (w && w.hide) { w.hide(); return true; } return false;", selectOneMenuId);
                if (!Boolean.TRUE.equals(closed)) {
                    new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
                }
            }
        }
        keepPage("failed-select-" + selectOneMenuId.replace(':', '_'));
        throw new AssertionError(selectOneMenuId + " does not show '" + label + "' after choosing it");
    }

    /** Waits until no page load, jQuery request or PrimeFaces ajax request is pending. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    void waitUntilHidden(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    void waitForText(String id, String text) {
        waitForText(id, text, Duration.ofSeconds(15));
    }

    /** As {@link #waitForText(String, String)}, for something slow (a bulk job of many rows). */
    void waitForText(String id, String text, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            keepPage("failed-wait-" + id.replace(':', '_'));
            throw e;
        }
    }

    /** An attribute of the element found by {@code by}, looked up again if a re-render replaced the element. */
    String attribute(By by, String name) {
        String[] value = new String[1];
        retryingReplaced(() -> value[0] = wait.until(ExpectedConditions.presenceOfElementLocated(by)).getAttribute(name));
        return value[0];
    }

    String text(String id) {
        String[] value = new String[1];
        retryingReplaced(() -> value[0] = find(id).getText());
        return value[0];
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
