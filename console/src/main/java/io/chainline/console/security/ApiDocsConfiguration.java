package io.chainline.console.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at /api/docs says about itself and how to authenticate: the Swagger UI (the API page)
 * shows this description on top and offers the schemes under "Authorize", so a user learns there that their session
 * reads and a token changes.
 */
@Configuration
class ApiDocsConfiguration {

    static final String DESCRIPTION = """
            ETSI SOL005 `vnfpkgm`, `nsd` and `nslcm` under `/api/{vnfpkgm,nsd,nslcm}/v2`, the same in SOL005 \
            v2.6.1's shape under `/api/{vnfpkgm,nsd,nslcm}/v1` (tags "SOL005 v1 …"), and Chainline's own `/api/v1`. Errors are `application/problem+json` with a stable `code`.

            **On this page, reads (GET) run as you, with your console session. Changes (POST, PUT, PATCH, DELETE) \
            need an API token**: create one under *API tokens* in the console, then enter it under *Authorize* \
            (`bearer`). Scripts use the same token: see docs/api.md.""";

    @Bean
    OpenAPI chainlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Chainline API").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("chl_…")
                                        .description("An API token (console: API tokens)."))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("User name and password.")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
