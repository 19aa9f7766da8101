package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.LocalStack;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One of the gateway's pages in headless Chromium, signed in at Keycloak as a demo user: what the supply page tests
 * do on every step (wait, read, fill an input, choose a language, take and keep a screenshot, check that nothing
 * sticks out sideways and that every text the page asked for exists in the language on screen).
 */
final class Page implements AutoCloseable {

    static final Path SCREENSHOTS = LocalStack.projectRoot().resolve("system-tests/target/screenshots");

    final ChromeDriver browser;
    private final String path;
    private final int width;
    private final int height;

    Page(String path) {
        this(path, Browser.WIDTH, Browser.HEIGHT);
    }

    /** The page on a screen of width × height CSS pixels, e.g. a handheld's 360 × 640. */
    Page(String path, int width, int height) {
        this.path = path;
        this.width = width;
        this.height = height;
        this.browser = Browser.start(width, height);
    }

    String url() {
        return Suite.get().gateway() + path;
    }

    /** Opens the page, signs in at Keycloak's form and waits for the page's own content. */
    void signIn(String user, String password) {
        browser.get(url());
        waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().startsWith(LocalStack.keycloakUrl()), "the Keycloak sign-in form");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.id("app")).isDisplayed(), "the page after sign-in");
        assertThat(browser.getCurrentUrl()).isEqualTo(url());
    }

    void reload() {
        browser.navigate().refresh();
        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.id("app")).isDisplayed(), "the page after a reload");
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().trim();
    }

    /** Clicks what css finds, found again if the page redrew it in the meantime (a list whose answer just came). */
    void click(String css) {
        waitFor(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        }, "a click on " + css);
    }

    /** Replaces what an input holds, as a user typing would (the page hears every keystroke). */
    void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    void type(String css, String text) {
        type(find(css), text);
    }

    /**
     * Sets a date or date-time input: typing into those depends on the browser's locale, so the value is set and the
     * page told, as the browser's own date picker would.
     */
    void set(WebElement input, String value) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    Object script(String js, Object... arguments) {
        return browser.executeScript(js, arguments);
    }

    /** A script that answers later: it calls the last argument with its result. */
    Object asyncScript(String js, Object... arguments) {
        return browser.executeAsyncScript(js, arguments);
    }

    void waitFor(Duration limit, Function<ChromeDriver, Boolean> condition, String what) {
        new WebDriverWait(browser, limit, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .withMessage(() -> what + " (at " + browser.getCurrentUrl() + ", page said: " + pageMessages() + ")")
                .until(d -> condition.apply((ChromeDriver) d));
    }

    void waitFor(Function<ChromeDriver, Boolean> condition, String what) {
        waitFor(Duration.ofSeconds(15), condition, what);
    }

    void waitUntilShown(String css) {
        waitFor(d -> d.findElement(By.cssSelector(css)).isDisplayed(), css + " on screen");
    }

    /** Clicks the language button ("English", "中文") and waits until the page is in that language. */
    void chooseLanguage(String language) {
        click(".language-control button[data-language='" + language + "']");
        waitFor(d -> language.equals(script("return document.documentElement.lang")), "the page in " + language);
    }

    BufferedImage screenshot(String name) {
        try {
            return Browser.screenshot(browser, SCREENSHOTS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an element is on screen, within the window. */
    Rectangle onScreen(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) script(
                "const r = arguments[0].getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height};", element);
        return new Rectangle((int) Math.round(r.get("x").doubleValue()), (int) Math.round(r.get("y").doubleValue()),
                (int) Math.round(r.get("width").doubleValue()), (int) Math.round(r.get("height").doubleValue()));
    }

    /** Neither the page nor any of its tables needs scrolling sideways at the test's window size. */
    void assertNothingSticksOutSideways() {
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing sticks out sideways at " + width + "x" + height).isEqualTo(true);
        assertThat(script("return [...document.querySelectorAll('.table-wrap')]"
                + ".filter(w => w.offsetParent && w.scrollWidth > w.clientWidth + 1).map(w => w.querySelector('table').id)"))
                .as("tables that need scrolling sideways at " + width + "x" + height).asList().isEmpty();
    }

    /**
     * Types a scan as a keyboard-wedge scanner does, characters fast and then Enter, into whatever has focus: the scan
     * input (its last scan selected, so replaced), or a button or nothing, from where scanner.js takes it to the input.
     */
    void scan(String text) {
        if (Boolean.TRUE.equals(script("return document.activeElement.classList.contains('scan')"))) {
            script("document.activeElement.select()");
        }
        new Actions(browser).sendKeys(text, Keys.ENTER).perform();
    }

    /**
     * What a clerk would stumble on at a handheld's 360 × 640: the page scrolling sideways, a text cut off at the
     * screen's edge, a button or input too small for a thumb (under 44 CSS pixels high).
     */
    void assertFitsTheHandheld() {
        assertNothingSticksOutSideways();
        assertThat(script("return [...document.querySelectorAll('header *, #app *')].filter(e => e.offsetParent && e.getClientRects().length"
                + " && e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.tagName + '#' + e.id + '.' + e.className)"))
                .as("elements reaching past the screen's right edge").asList().isEmpty();
        assertThat(script("return [...document.querySelectorAll('#app button, #app input')].filter(e => e.offsetParent"
                + " && e.getBoundingClientRect().height < 44).map(e => e.id || e.className || e.textContent)"))
                .as("buttons and inputs too small for a thumb").asList().isEmpty();
    }

    /** Every text the page asked i18n.js for exists in every language: no key shown raw, nothing half translated. */
    void assertEveryTextTranslated() {
        assertThat(script("return window.Forgeline.i18n.missing()")).as("texts without a translation").asList().isEmpty();
    }

    private String pageMessages() {
        return browser.findElements(By.cssSelector("[role=alert], #signing-in")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).collect(Collectors.joining(" / "));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
