package dev.boundary.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A {@link PageDriver} on headless Chromium, which runs the WebAssembly GC build.
 * Clicks are real pointer input; sizes and positions are real layout, so this
 * driver also checks the page at {@link Viewport}s and takes screenshots.
 */
public final class ChromePage implements PageDriver {

    private static final Duration READY_TIMEOUT = Duration.ofMillis(Waits.LIMIT_MS);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeBrowser chrome;
    /** Where the browser goes back on {@link #close()}; null when this page owns it and quits it. */
    private final ChromePool pool;
    private final ChromeDriver driver;
    private final URI base;

    private ChromePage(ChromeBrowser chrome, ChromePool pool, URI base) {
        this.chrome = chrome;
        this.pool = pool;
        this.driver = chrome.driver();
        this.base = base;
        reset();
    }

    /**
     * A page in a Chromium of its own, quit on {@link #close()}. Skips the test when Chromium is not
     * installed (fails under CI).
     */
    public static ChromePage launch(URI base) {
        return new ChromePage(ChromeBrowser.start(), null, base);
    }

    /**
     * A page in a Chromium borrowed from the pool until {@link #close()}; it is reset to a blank
     * desktop window first.
     */
    static ChromePage borrow(ChromePool pool, URI base) {
        // A browser that cannot even be reset is not given back; the pool quits it at the end.
        return new ChromePage(pool.take(), pool, base);
    }

    /** Back to a blank desktop window, as for the next test: what {@link #borrow} does first. */
    void reset() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.executeScript("try { sessionStorage.clear(); } catch (e) {}");
        }
        driver.manage().deleteAllCookies();
        // Leave the last check's page first, so none of its timers (a pending autosave) can write the
        // storage again after it is cleared; then clear the site's storage from outside.
        driver.get("about:blank");
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of(
                "origin", base.getScheme() + "://" + base.getAuthority(), "storageTypes", "local_storage"));
        chrome.forgetOfflineCopies(base);
        viewport(Viewport.DESKTOP);
    }

    @Override
    public Browser browser() {
        return Browser.CHROMIUM;
    }

    /**
     * Resizes the window so the page's viewport ({@code innerWidth × innerHeight}) is exactly the
     * given size.
     */
    public void viewport(Viewport viewport) {
        driver.manage().window().setSize(new Dimension(viewport.width(), viewport.height()));
        // The window may be larger than its viewport; grow it by the difference.
        List<?> inner = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        int extraWidth = viewport.width() - ((Number) inner.get(0)).intValue();
        int extraHeight = viewport.height() - ((Number) inner.get(1)).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(
                    new Dimension(viewport.width() + extraWidth, viewport.height() + extraHeight));
        }
    }

    /**
     * Saves a PNG of the viewport.
     *
     * @param file where to save it; a relative path is taken under {@code target/screenshots/}
     * @return the absolute path written
     */
    public Path screenshot(Path file) {
        Path target = file.isAbsolute() ? file : Site.screenshotDirectory().resolve(file);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + target, e);
        }
        return target.toAbsolutePath();
    }

    @Override
    public void open(String path) {
        open(base.resolve(path));
    }

    @Override
    public void open(URI uri) {
        // Through a blank page, so a link differing only in its #fragment still loads afresh.
        driver.get("about:blank");
        chrome.visiting(uri);
        driver.get(uri.toString());
        try {
            new WebDriverWait(driver, READY_TIMEOUT, POLL)
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("return " + Scripts.READY + ";")));
        } catch (TimeoutException e) {
            fail("the page " + uri + " did not become ready (data-ready) within " + READY_TIMEOUT.toSeconds()
                    + " s; #status says: " + statusText() + "; JavaScript errors: " + javaScriptErrors());
        }
    }

    private String statusText() {
        return exists("status") ? '"' + text("status") + '"' : "(no #status element)";
    }

    private WebElement element(String id) {
        try {
            return driver.findElement(By.id(id));
        } catch (NoSuchElementException e) {
            throw new AssertionError("no element #" + id + " on the page", e);
        }
    }

    @Override
    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    @Override
    public String text(String id) {
        return String.valueOf(driver.executeScript("return arguments[0].textContent;", element(id)))
                .replaceAll("\\s+", " ").trim();
    }

    @Override
    public String value(String id) {
        return String.valueOf(driver.executeScript("return String(arguments[0].value);", element(id)));
    }

    @Override
    public String attribute(String id, String name) {
        return element(id).getDomAttribute(name);
    }

    @Override
    public String documentAttribute(String name) {
        return driver.findElement(By.tagName("html")).getDomAttribute(name);
    }

    @Override
    public void click(String id) {
        element(id).click();
    }

    @Override
    public void select(String id, String value) {
        WebElement element = element(id);
        if (!"select".equalsIgnoreCase(element.getTagName())) {
            fail("#" + id + " is not a <select>");
        }
        if (!"true".equals(evaluate(Scripts.hasOption(id, value)))) {
            fail("#" + id + " has no option with value " + value);
        }
        // Selenium's Select fires only change; people choosing an option fire input, then change.
        driver.executeScript(Scripts.setValue(id, value));
    }

    @Override
    public void setRange(String id, String value) {
        element(id);
        driver.executeScript(Scripts.setValue(id, value));
    }

    @Override
    public void clickCanvas(String id, double x, double y, boolean shift) {
        WebElement element = element(id);
        // Pointer offsets count from the element's in-view centre, rounded down (WebDriver spec).
        List<?> geometry = (List<?>) driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});"
                        + "var r = arguments[0].getBoundingClientRect();"
                        + "return [r.left, r.top, Math.floor((r.left + r.right) / 2),"
                        + " Math.floor((r.top + r.bottom) / 2)];", element);
        double left = ((Number) geometry.get(0)).doubleValue();
        double top = ((Number) geometry.get(1)).doubleValue();
        int dx = (int) Math.round(left + x) - ((Number) geometry.get(2)).intValue();
        int dy = (int) Math.round(top + y) - ((Number) geometry.get(3)).intValue();
        Actions actions = new Actions(driver);
        if (shift) {
            actions.keyDown(Keys.SHIFT);
        }
        actions.moveToElement(element, dx, dy).click();
        if (shift) {
            actions.keyUp(Keys.SHIFT);
        }
        actions.perform();
    }

    /** Focuses {@code #id} and presses keys as a person would, on whatever has the focus then. */
    public void type(String id, CharSequence... keys) {
        driver.executeScript("arguments[0].focus();", element(id));
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Focuses {@code #id} and presses {@code key} while holding the modifier keys (Ctrl+Z, Ctrl+Shift+Z). */
    public void typeHolding(String id, String key, Keys... modifiers) {
        driver.executeScript("arguments[0].focus();", element(id));
        Actions actions = new Actions(driver);
        for (Keys modifier : modifiers) {
            actions.keyDown(modifier);
        }
        actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
    }

    /**
     * Scrolls the element to the top of the window, as a learner would, and waits until the page has
     * drawn what was waiting for it ({@code data-stale} gone).
     */
    public void scrollIntoView(String id) {
        element(id);
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
        untilDrawn(id, "scrolling it into view");
    }

    /** The window grows to twice the page's height (panels drawn as they come into view may grow) until it is drawn. */
    @Override
    public void reveal(String id) {
        element(id);
        try {
            new WebDriverWait(driver, READY_TIMEOUT, POLL).until(d -> {
                if (Boolean.TRUE.equals(driver.executeScript("return " + Scripts.drawn(id) + ";"))) {
                    return true;
                }
                int height = ((Number) driver.executeScript("return " + Scripts.roomyHeight(id) + ";")).intValue();
                int innerHeight = ((Number) driver.executeScript("return window.innerHeight;")).intValue();
                if (height > innerHeight) {
                    Dimension size = driver.manage().window().getSize();
                    driver.manage().window().setSize(
                            new Dimension(size.getWidth(), size.getHeight() + height - innerHeight));
                }
                return false;
            });
        } catch (TimeoutException e) {
            fail("#" + id + " was not drawn when the window grew to show it (window "
                    + driver.executeScript("return window.innerWidth + ' x ' + window.innerHeight;") + ")");
        }
    }

    private void untilDrawn(String id, String after) {
        try {
            new WebDriverWait(driver, READY_TIMEOUT, POLL)
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("return " + Scripts.drawn(id) + ";")));
        } catch (TimeoutException e) {
            fail("#" + id + " was not drawn after " + after + " (window "
                    + driver.executeScript("return window.innerWidth + ' x ' + window.innerHeight;") + ")");
        }
    }

    @Override
    public String evaluate(String expression) {
        try {
            return String.valueOf(driver.executeScript("return String(" + expression + ");"));
        } catch (JavascriptException e) {
            throw new AssertionError("JavaScript error evaluating " + expression + ": " + e.getRawMessage(), e);
        }
    }

    @Override
    public List<String> javaScriptErrors() {
        Object errors = driver.executeScript("return window.__boundaryErrors ? window.__boundaryErrors.slice() : [];");
        return ((List<?>) errors).stream().map(String::valueOf).toList();
    }

    /** The result of a Chrome DevTools Protocol command without parameters, e.g. {@code Page.getAppManifest}. */
    Map<String, Object> devTools(String command) {
        return devTools(command, Map.of());
    }

    /** The result of a Chrome DevTools Protocol command, e.g. {@code Emulation.setTouchEmulationEnabled}. */
    Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    @Override
    public void close() {
        if (pool == null) {
            chrome.close();
        } else {
            pool.giveBack(chrome);
        }
    }
}
