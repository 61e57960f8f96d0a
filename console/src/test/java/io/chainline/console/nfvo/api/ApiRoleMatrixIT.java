package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint the console serves (read from Spring's own handler mappings, so a new endpoint is in the matrix
 * without anyone adding it) × every role, with bearer tokens: no token gets 401, a role below the endpoint's gets
 * 403, and a role at or above it gets through security (whatever the endpoint then answers to a dummy request).
 */
@IntegrationTest
class ApiRoleMatrixIT {

    enum Role {
        VIEWER,
        OPERATOR,
        ADMIN
    }

    /** Non-GET prefixes and the role they need; the first match wins (SecurityConfiguration's order). */
    private static final Map<String, Role> WRITES = new LinkedHashMap<>();

    static {
        for (String admin : List.of(
                "/api/v1/users", "/api/v1/audit", "/api/v1/catalog/registries", "/api/v1/fleet", "/api/v1/windows")) {
            WRITES.put(admin, Role.ADMIN);
        }
        for (String operator : List.of(
                "/api/v1/catalog",
                "/api/v1/chains",
                "/api/v1/deployments",
                "/api/v1/jobs",
                "/api/v1/schedules",
                "/api/vnfpkgm",
                "/api/nsd",
                "/api/nslcm",
                "/api/nsfm",
                "/api/v1/alarms",
                "/api/v1/alerts")) {
            WRITES.put(operator, Role.OPERATOR);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
        String path() {
            return pattern.replaceAll("\\{\\*[^}]+}", "some/file.txt")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        Role needs() {
            if (pattern.startsWith("/actuator/")) {
                return Role.ADMIN;
            }
            if (method.equals("GET")) {
                return pattern.startsWith("/api/v1/users") || pattern.startsWith("/api/v1/audit")
                        ? Role.ADMIN
                        : Role.VIEWER;
            }
            return WRITES.entrySet().stream()
                    .filter(e -> pattern.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(Role.VIEWER);
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.chainline")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                }
            }
        });
        endpoints.add(new Endpoint("GET", "/actuator/prometheus"));
        endpoints.add(new Endpoint("GET", "/actuator/metrics"));
        return endpoints;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() throws Exception {
        TestUsers.ensure(users);
        Map<Role, Sol005Client> clients = Map.of(
                Role.VIEWER, Sol005Client.bearer(port, Sol005Client.token(port, TestUsers.VIEWER, "VIEWER")),
                Role.OPERATOR, Sol005Client.bearer(port, Sol005Client.token(port, TestUsers.OPERATOR, "OPERATOR")),
                Role.ADMIN, Sol005Client.bearer(port, Sol005Client.token(port, TestUsers.ADMIN, "ADMIN")));
        Sol005Client nobody = Sol005Client.bearer(port, "chl_not-a-token");
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints)
                .as("the SOL005 APIs are in the matrix")
                .extracting(Endpoint::pattern)
                .contains(
                        "/api/vnfpkgm/v2/vnf_packages",
                        "/api/nslcm/v2/ns_instances/{id}/instantiate",
                        "/api/nsd/v2/subscriptions",
                        "/api/nsfm/v1/alarms/{alarmId}",
                        "/api/nsfm/v1/subscriptions",
                        "/api/v1/alarms/{id}/acknowledge");
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String body = endpoint.method().equals("GET") ? null : "{}";
            int anonymous =
                    nobody.json(endpoint.method(), endpoint.path(), body).statusCode();
            if (anonymous != 401) {
                wrong.add(endpoint + " without a valid token: " + anonymous);
            }
            for (Role role : Role.values()) {
                HttpResponse<String> answer = clients.get(role).json(endpoint.method(), endpoint.path(), body);
                boolean allowed = role.ordinal() >= endpoint.needs().ordinal();
                int status = answer.statusCode();
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(endpoint + " as " + role + ": " + status + " " + answer.body());
                } else if (!allowed && status != 403) {
                    wrong.add(endpoint + " as " + role + ": " + status + ", expected 403");
                }
            }
        }
        assertThat(wrong).as("%d endpoints × 4 callers", endpoints.size()).isEmpty();
    }
}
