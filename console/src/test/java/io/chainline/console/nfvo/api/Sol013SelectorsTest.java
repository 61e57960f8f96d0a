package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.nfvo.service.Sol005Views;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SOL013 §5.3 attribute selectors on one resource's JSON form. */
class Sol013SelectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NS = """
            {"id":"n1","nsInstanceName":"a","nsState":"INSTANTIATED","deploymentId":"d1",
             "vnfInstance":[{"id":"fw","vnfdId":"v","targets":["t1"]}],"_links":{"self":{"href":"/x"}}}""";

    private static ObjectNode selected(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/nslcm/v2/ns_instances");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        ObjectNode ns = (ObjectNode) JSON.readTree(NS);
        Sol013Selectors.of(Sol005Views.NsInstanceView.class, request).apply(ns);
        return ns;
    }

    @Test
    void withoutSelectorsTheDefaultExclusionsApply() {
        ObjectNode plain = selected("");
        assertThat(plain.has("vnfInstance")).isFalse();
        assertThat(plain.path("deploymentId").asString()).isEqualTo("d1");
        assertThat(plain.has("_links")).isTrue();
        assertThat(selected("exclude_default")).isEqualTo(plain);
    }

    @Test
    void allFieldsFieldsAndExcludeFieldsChooseWhatComesBack() {
        assertThat(selected("all_fields")).isEqualTo(JSON.readTree(NS));
        assertThat(selected("fields=vnfInstance").path("vnfInstance").get(0).path("targets"))
                .hasSize(1);
        assertThat(selected("fields=vnfInstance.vnfdId")
                        .path("vnfInstance")
                        .get(0)
                        .has("targets"))
                .as("a.b keeps of a its simple attributes and b")
                .isFalse();
        ObjectNode excluded = selected("exclude_fields=vnfInstance.targets,id,_links");
        assertThat(excluded.path("vnfInstance").get(0).has("targets")).isFalse();
        assertThat(excluded.path("vnfInstance").get(0).path("vnfdId").asString())
                .isEqualTo("v");
        assertThat(excluded.has("id")).as("mandatory").isTrue();
        assertThat(excluded.has("_links")).isTrue();
    }

    @Test
    void unknownAttributesAndInvalidCombinationsAreRefused() {
        for (String query : new String[] {
            "fields=nope",
            "fields=vnfInstance..id",
            "all_fields&fields=vnfInstance",
            "exclude_fields=vnfInstance&exclude_default"
        }) {
            assertThatThrownBy(() -> selected(query))
                    .as(query)
                    .isInstanceOf(ChainlineException.class)
                    .satisfies(e -> assertThat(((ChainlineException) e).code()).isEqualTo("SELECTOR-INVALID"));
        }
    }
}
