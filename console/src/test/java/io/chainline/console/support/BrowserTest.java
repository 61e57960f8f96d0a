package io.chainline.console.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.chainline.console.security.service.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the running console: the test users exist, each test gets a fresh desktop-sized Chromium
 * context (downloads allowed) and a page, and {@link #signIn} goes through the real login form.
 */
public abstract class BrowserTest {

    static {
        // the first page of a fresh context may take a few seconds on a busy 2-core CI machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserService users;

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        TestUsers.ensure(users);
        context = BrowserSupport.desktopContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String user) {
        BrowserSupport.signIn(page, port, user);
    }
}
