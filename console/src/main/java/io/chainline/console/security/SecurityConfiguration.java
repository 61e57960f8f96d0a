package io.chainline.console.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.chainline.console.security.api.BearerTokenFilter;
import io.chainline.console.security.api.ProblemJsonSecurityHandler;
import io.chainline.console.security.api.SessionReadsSecurityContext;
import io.chainline.console.security.api.SignInGuards;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.ApiTokenService;
import io.chainline.console.security.view.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains. The API and actuator chain is stateless (HTTP Basic, or a bearer API token) and answers in
 * problem+json; a signed-in console session authenticates its reads (GET, HEAD of /api/**: the OpenAPI document and
 * the API page's "Try it out") but never a change, so CSRF still does not apply there. The UI chain is Vaadin's, with
 * form login and CSRF on; it also guards the Swagger UI's static page, so an anonymous visitor is sent to sign in.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** What changes the network: an OPERATOR's (Alertmanager's webhook raises and clears alarms, so it is one too). */
    private static final String[] OPERATOR_PATHS = {
        "/api/v1/catalog/**",
        "/api/v1/chains/**",
        "/api/v1/deployments/**",
        "/api/v1/jobs/**",
        "/api/v1/schedules/**",
        "/api/v1/alerts/**",
        "/api/vnfpkgm/**",
        "/api/nsd/**",
        "/api/nslcm/**",
        "/api/nsfm/**",
        "/api/v1/alarms/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemJsonSecurityHandler problems,
            ApiTokenService tokens,
            SignInGuards guards,
            ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        // the strategy every configurer of this chain uses (Vaadin registers its own as a bean)
        SecurityContextHolderStrategy contexts =
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/api/v1/users/**", "/api/v1/audit/**")
                        .hasRole(Role.ADMIN_NAME)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers("/api/v1/catalog/registries/**", "/api/v1/fleet/**", "/api/v1/windows/**")
                        .hasRole(Role.ADMIN_NAME)
                        .requestMatchers(OPERATOR_PATHS)
                        .hasRole(Role.OPERATOR_NAME)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Chainline").authenticationEntryPoint(guards.throttledOr(problems)))
                .addFilterBefore(new BearerTokenFilter(tokens, problems, contexts), BasicAuthenticationFilter.class)
                .addFilterAfter(guards.passwordChangeGuard(contexts), BasicAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .securityContext(context -> context.securityContextRepository(new SessionReadsSecurityContext(
                        new OrRequestMatcher(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/**"),
                                PathPatternRequestMatcher.pathPattern(HttpMethod.HEAD, "/api/**")),
                        contexts)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // the API page (springdoc's Swagger UI, static files) is for any signed-in user; Vaadin denies unknown paths
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/swagger-ui.html", "/swagger-ui/**")
                        .authenticated())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .addFilterBefore(new UiSecurityHeaders(), CsrfFilter.class)
                .addFilterBefore(new LoginFormCsrf("/login"), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /** BCrypt today, with the {id} prefix so a stronger algorithm can be introduced without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
