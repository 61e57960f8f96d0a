package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.heat.Stack;

/**
 * A chain's links on real Keystone and Heat (.ci/openstack.sh). Heat here has no Neutron, so it neither creates nor
 * validates networks and ports (their types are unavailable): the stack is built of stand-ins of the same shape, and
 * the real template's network resources are checked against the property schemas Heat's own resource types declare.
 */
class OpenStackChainIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Flavours FLAVOURS = new Flavours(List.of(new Flavours.Flavour("m1.medium", 2, 4096, 40)));

    private static WireMockServer stubs;
    private static Connector connector;
    private static Keystone admin;

    @BeforeAll
    static void connect() {
        stubs = TestCloud.nova();
        connector = new OpenStackConnectorFactory(Clock.systemUTC(), HeatTemplates.Style.STAND_IN)
                .connect(TestCloud.admin());
        admin = new Keystone(TestCloud.admin(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        connector.close();
        stubs.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRealChainTemplateUsesOnlyPropertiesHeatsResourceTypesDeclare() throws Exception {
        Map<String, Object> resources = (Map<String, Object>)
                HeatTemplates.of(TestCloud.chain(DeploymentRef.of("d-45")), HeatTemplates.Style.REAL, FLAVOURS)
                        .get("resources");
        Map<String, Map<String, Object>> schemas = new HashMap<>();
        List<String> wrong = new ArrayList<>();

        resources.forEach((name, definition) -> {
            var resource = (Map<String, Object>) definition;
            String type = (String) resource.get("type");
            Map<String, Object> declared = schemas.computeIfAbsent(type, OpenStackChainIT::declared);
            ((Map<String, Object>) resource.get("properties")).forEach((property, value) -> {
                Object schema = declared.get(property);
                String kind = schema == null ? "undeclared" : String.valueOf(((Map<?, ?>) schema).get("type"));
                if (!fits(kind, value)) {
                    wrong.add(name + "." + property + " (" + type + " declares " + kind + "): " + value);
                }
            });
        });

        assertThat(schemas).containsKeys("OS::Neutron::Net", "OS::Neutron::Subnet", "OS::Neutron::Port");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theChainStackIsCreatedOnceObservedRepairedAndRemoved() {
        DeploymentUnit chain = TestCloud.chain(
                DeploymentRef.of("ch-" + UUID.randomUUID().toString().substring(0, 8)));
        try {
            connector.apply(chain, Duration.ofMinutes(2));

            assertThat(connector.plan(chain).isNoOp()).isTrue();
            List<Observation.ResourceStatus> observed =
                    connector.observe(chain.ref()).resources();
            assertThat(observed)
                    .filteredOn(r -> r.resource().name().equals("link.fw-rt.subnet"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.workload()).isEmpty());
            assertThat(observed)
                    .filteredOn(r -> r.resource().name().equals("firewall-vm.2.firewall-out.port"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.workload()).isEqualTo("firewall-vm"));

            removeOutOfBand(chain.ref(), "firewall-vm.1.firewall-out.port");
            assertThat(connector.plan(chain).changes())
                    .singleElement()
                    .satisfies(a -> assertThat(a.change() + " " + a.resource().name())
                            .isEqualTo(Plan.Change.CREATE + " firewall-vm.1.firewall-out.port"));
            connector.apply(chain, Duration.ofMinutes(2));
            assertThat(connector.plan(chain).isNoOp()).isTrue();
        } finally {
            connector.destroy(chain.ref());
        }
        assertThat(connector.observe(chain.ref()).isEmpty()).isTrue();
    }

    /** The HOT parameters Heat derives from a resource type's property schema, by property. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> declared(String type) {
        OSClientV3 os = admin.client();
        URI uri = URI.create("http://127.0.0.1:8004/v1/"
                + os.getToken().getProject().getId() + "/resource_types/" + type + "/template?template_type=hot");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("X-Auth-Token", os.getToken().getId())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type + ": " + response.body()).isEqualTo(200);
            return (Map<String, Object>)
                    JSON.readValue(response.body(), Map.class).get("parameters");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A value fits its declared kind, or is an intrinsic function ({@code get_resource}) Heat resolves to one. */
    private static boolean fits(String kind, Object value) {
        if (value instanceof Map<?, ?> map
                && map.size() == 1
                && String.valueOf(map.keySet().iterator().next()).startsWith("get_")) {
            return !kind.equals("undeclared");
        }
        return switch (kind) {
            case "string" -> value == null || value instanceof String;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "comma_delimited_list" -> value instanceof List<?>;
            case "json" -> value instanceof Map<?, ?> || value instanceof List<?>;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private static void removeOutOfBand(DeploymentRef ref, String resource) {
        OSClientV3 os = admin.client();
        Stack stack = os.heat().stacks().getStackByName(OpenStackConnector.name(ref));
        Map<String, Object> template = os.heat().templates().getTemplateAsMap(stack.getName(), stack.getId());
        Map<String, Object> resources = new LinkedHashMap<>((Map<String, Object>) template.get("resources"));
        resources.remove(resource);
        template.put("resources", resources);
        try {
            os.heat()
                    .stacks()
                    .update(
                            stack.getName(),
                            stack.getId(),
                            Builders.stackUpdate()
                                    .template(JSON.writeValueAsString(template))
                                    .timeoutMins(5L)
                                    .build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // openstack4j clients are thread-bound: poll in this thread
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !os.heat()
                        .stacks()
                        .getDetails(stack.getName(), stack.getId())
                        .getStatus()
                        .endsWith("_IN_PROGRESS"));
    }
}
