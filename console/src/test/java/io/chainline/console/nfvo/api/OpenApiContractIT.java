package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at /api/docs is the implementation's: every endpoint the console maps is in it with
 * its method, path parameters and request body, and it lists nothing the console does not serve.
 */
@IntegrationTest
class OpenApiContractIT {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theServedSpecMatchesTheHandlers() throws Exception {
        TestUsers.ensure(users);
        JsonNode spec = Sol005Client.basic(port, TestUsers.VIEWER).read("/api/docs");
        Set<String> documented = new TreeSet<>();
        spec.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        List<String> mismatched = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.chainline")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{\\*([^}]+)}", "{$1}");
                for (RequestMethod method : methods(info)) {
                    served.add(method + " " + path);
                    JsonNode operation =
                            spec.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
                    mismatched.addAll(parametersDiffer(method + " " + path, handler, operation));
                }
            }
        });

        assertThat(documented).as("documented but not served").isSubsetOf(served);
        assertThat(served).as("served but not documented").isSubsetOf(documented);
        assertThat(mismatched).isEmpty();
        assertThat(served)
                .contains(
                        "PUT /api/vnfpkgm/v2/vnf_packages/{id}/package_content",
                        "POST /api/nslcm/v2/ns_lcm_op_occs/{id}/retry",
                        "GET /api/nsd/v2/ns_descriptors/{id}/nsd");
    }

    /** The SOL013 attribute selectors a collection reads from its query are in the document too. */
    @Test
    void theCollectionsDocumentTheirAttributeSelectors() throws Exception {
        TestUsers.ensure(users);
        JsonNode spec = Sol005Client.basic(port, TestUsers.VIEWER).read("/api/docs");
        for (String collection : List.of(
                "/api/vnfpkgm/v2/vnf_packages",
                "/api/nsd/v2/ns_descriptors",
                "/api/nslcm/v2/ns_instances",
                "/api/nslcm/v2/ns_lcm_op_occs")) {
            List<String> names = new ArrayList<>();
            spec.path("paths")
                    .path(collection)
                    .path("get")
                    .path("parameters")
                    .forEach(p -> names.add(p.path("name").asString()));
            assertThat(names)
                    .as(collection)
                    .contains(
                            "filter",
                            "nextpage_opaque_marker",
                            "all_fields",
                            "fields",
                            "exclude_fields",
                            "exclude_default");
        }
    }

    private static List<String> parametersDiffer(String endpoint, HandlerMethod handler, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        if (operation.isMissingNode()) {
            return problems; // reported by the set comparison
        }
        Set<String> documentedPathParameters = new TreeSet<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asString().equals("path")) {
                documentedPathParameters.add(p.path("name").asString());
            }
        });
        Set<String> pathParameters = new TreeSet<>();
        boolean body = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null) {
                String name = variable.value().isEmpty() ? variable.name() : variable.value();
                pathParameters.add(name.isEmpty() ? parameter.getParameterName() : name);
            }
            body |= parameter.hasParameterAnnotation(RequestBody.class);
        }
        if (!pathParameters.equals(documentedPathParameters)) {
            problems.add(
                    endpoint + ": path parameters " + pathParameters + " documented as " + documentedPathParameters);
        }
        if (body && operation.path("requestBody").isMissingNode()) {
            problems.add(endpoint + ": takes a body the document does not describe");
        }
        return problems;
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }
}
