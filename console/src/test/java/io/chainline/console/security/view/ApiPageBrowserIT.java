package io.chainline.console.security.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API page in a real Chromium: a signed-in user opens it from the navigation, reads the SOL005 operations and
 * tries a GET out with their session; the session never authenticates a change; anonymous callers get nothing.
 */
@IntegrationTest
class ApiPageBrowserIT extends BrowserTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignedInUserOpensTheApiPageAndTriesAReadWithTheirSession() {
        signIn(TestUsers.VIEWER);

        page.locator("#nav-api").click();

        page.waitForURL(Pattern.compile(".*/swagger-ui/index\\.html.*"));
        assertThat(page.locator(".information-container")).containsText("need an API token");
        for (String path : new String[] {
            "/api/vnfpkgm/v2/vnf_packages", "/api/nsd/v2/ns_descriptors", "/api/nslcm/v2/ns_instances/{id}/instantiate"
        }) {
            assertThat(page.locator(".opblock-summary-path[data-path='" + path + "']")
                            .first())
                    .isVisible();
        }
        Locator me = page.locator(".opblock-get:has(.opblock-summary-path[data-path='/api/v1/me'])");
        me.locator(".opblock-summary").click();
        me.locator(".try-out__btn").click();
        me.locator(".execute").click();
        assertThat(me.locator(".live-responses-table tbody .response-col_status")
                        .first())
                .containsText("200");
        assertThat(me.locator(".live-responses-table")).containsText("\"username\": \"" + TestUsers.VIEWER + "\"");
        BrowserSupport.screenshot(page, "api-page");
    }

    @Test
    void theSessionReadsAsItsRoleAndNeverChangesAnything() {
        signIn(TestUsers.VIEWER);

        APIResponse docs = page.request().get(url("/api/docs"));
        APIResponse adminOnly = page.request().get(url("/api/v1/users"));
        APIResponse change = page.request()
                .post(
                        url("/api/v1/tokens"),
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setData("{\"name\":\"from-a-browser\",\"role\":\"VIEWER\",\"days\":1}"));

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/vnfpkgm/v2/vnf_packages").contains("\"bearer\"");
        assertThat(adminOnly.status()).as("a viewer's session is a viewer").isEqualTo(403);
        assertThat(change.status()).isEqualTo(401);
        assertThat(change.headers().get("www-authenticate"))
                .as("no Basic challenge: the browser must not pop up a password dialog")
                .startsWith("Bearer");
        assertThat(change.text()).contains("\"code\":\"AUTH-TOKEN-REQUIRED\"");
    }

    @Test
    void anAnonymousCallerGetsNeitherTheDocumentNorThePage() throws Exception {
        HttpResponse<String> document = anonymous("/api/docs");
        HttpResponse<String> config = anonymous("/api/docs/swagger-config");
        HttpResponse<String> ui = anonymous("/swagger-ui/index.html");

        assertThat(document.statusCode()).isEqualTo(401);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(document.body()).contains("\"code\":\"AUTH-REQUIRED\"");
        assertThat(config.statusCode()).isEqualTo(401);
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(ui.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void theApiPageKeepsTheConsolesFramingAndSniffingRules() {
        signIn(TestUsers.VIEWER);

        APIResponse console = page.request().get(url("/catalog"));
        APIResponse ui = page.request().get(url("/swagger-ui/index.html"));
        APIResponse document = page.request().get(url("/api/docs"));

        assertThat(ui.status()).isEqualTo(200);
        for (APIResponse answer : new APIResponse[] {console, ui, document}) {
            assertThat(answer.headers()).containsEntry("x-frame-options", "DENY");
            assertThat(answer.headers()).containsEntry("x-content-type-options", "nosniff");
        }
        assertThat(ui.headers().get("content-security-policy"))
                .as("the same content security policy as the console's own pages")
                .isEqualTo(console.headers().get("content-security-policy"));
    }
}
