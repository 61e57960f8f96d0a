package io.chainline.console.security.view;

/**
 * The console's API page: springdoc's Swagger UI over /api/docs. It is no Vaadin route (a static page behind the UI
 * chain's sign-in), so the navigation and the overview link to it by address and let the browser load it.
 */
public final class ApiPage {

    /** Where springdoc serves the UI; its configuration comes from /api/docs/swagger-config. */
    public static final String PATH = "/swagger-ui/index.html";

    public static final String TITLE = "API";

    public static final String DESCRIPTION =
            "The REST API (SOL005 and /api/v1), documented and tried out as you; changes need an API token.";

    private ApiPage() {}
}
