package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SOL013's {apiRoot}: links and locations are absolute, from the request or, for notifications, the public URL. */
class ApiRootTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRequestsRootIsItsSchemeHostPortAndContextPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nfvo/api/nsd/v2/ns_descriptors");
        request.setScheme("https");
        request.setServerName("nfvo.example");
        request.setServerPort(8443);
        request.setContextPath("/nfvo");

        assertThat(new ApiRoot("", new MockEnvironment()).of(request)).isEqualTo("https://nfvo.example:8443/nfvo");
    }

    @Test
    void everyHrefOfEveryLinksObjectIsRootedAndNothingElse() {
        JsonNode tree = JSON.readTree("""
                [{"id":"p","_links":{"self":{"href":"/api/vnfpkgm/v2/vnf_packages/p"},
                                     "other":{"href":"https://elsewhere/x"}},
                  "userDefinedData":{"href":"/mine"}},
                 {"alarm":{"_links":{"objectInstance":{"href":"/api/nslcm/v2/ns_instances/n"}}}}]""");

        new ApiRoot("", new MockEnvironment()).rooted(tree, "http://c:1");

        assertThat(tree.findValuesAsString("href"))
                .containsExactly(
                        "http://c:1/api/vnfpkgm/v2/vnf_packages/p",
                        "https://elsewhere/x",
                        "/mine",
                        "http://c:1/api/nslcm/v2/ns_instances/n");
    }

    @Test
    void notificationsUseThePublicUrlOrElseLocalhostOnTheServersPort() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "43210");

        assertThat(new ApiRoot("https://nfvo.example/", environment).forNotifications())
                .isEqualTo("https://nfvo.example");
        assertThat(new ApiRoot(" ", environment).forNotifications()).isEqualTo("http://localhost:43210");
        assertThat(new ApiRoot("", new MockEnvironment()).forNotifications()).isEqualTo("http://localhost:8080");
    }

    @Test
    void onlyPathsAreMadeAbsolute() {
        assertThat(ApiRoot.absolute("http://c", "/api/x")).isEqualTo("http://c/api/x");
        assertThat(ApiRoot.absolute("http://c", "http://d/api/x")).isEqualTo("http://d/api/x");
        assertThat(ApiRoot.absolute("http://c", "//d/api/x")).isEqualTo("//d/api/x");
    }
}
