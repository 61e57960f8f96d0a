package io.chainline.console.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One headless Debian Chromium per test JVM, driven by Playwright. Playwright cannot download browsers here, so it is
 * pointed at /usr/bin/chromium (CHAINLINE_CHROMIUM overrides), with the flags this sandboxed, offline machine needs.
 */
public final class BrowserSupport {

    private static Playwright playwright;
    private static Browser browser;

    private BrowserSupport() {}

    public static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String executable = System.getenv().getOrDefault("CHAINLINE_CHROMIUM", "/usr/bin/chromium");
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(executable))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::close));
        }
        return browser;
    }

    /** A fresh browser context for a test: downloads allowed, a desktop-sized window, patient timeouts. */
    public static com.microsoft.playwright.BrowserContext desktopContext() {
        com.microsoft.playwright.BrowserContext context = browser()
                .newContext(
                        new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1600, 1000));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Signs in through the login form and waits for the first screen. */
    public static void signIn(Page page, int port, String user) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(TestUsers.passwordOf(user));
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*:" + port + "/(\\?.*)?$"));
    }

    /** Screenshots for humans to look at, under target/screenshots. */
    public static void screenshot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("chainline.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(
                new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Waits until the console has answered every request the page sent: after a change that rebuilds part of a view,
     * the next click must land on the rebuilt components, not on ones about to be replaced.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }
}
