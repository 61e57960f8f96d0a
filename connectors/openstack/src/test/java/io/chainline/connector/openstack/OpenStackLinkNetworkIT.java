package io.chainline.connector.openstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.LinkNetworkContract;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.heat.Stack;

/**
 * The link network contract on real Keystone and Heat (.ci/openstack.sh). This Heat has no Neutron, so the stack holds
 * stand-ins of the same shape as {@link OpenStackChainIT} explains: a link is its {@code link.<link>.net} and
 * {@code link.<link>.subnet} in the deployment's stack, an instance's interfaces are its data ports there with the
 * fixed addresses they ask for, and a network exists where a stack holds a network of that name.
 */
class OpenStackLinkNetworkIT extends LinkNetworkContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WireMockServer nova;
    private static Connector connector;
    private static Keystone admin;

    @BeforeAll
    static void connect() {
        nova = TestCloud.nova();
        connector = new OpenStackConnectorFactory(Clock.systemUTC(), HeatTemplates.Style.STAND_IN)
                .connect(TestCloud.admin());
        admin = new Keystone(TestCloud.admin(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        connector.close();
        nova.stop();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Duration readiness() {
        return Duration.ofMinutes(2);
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return TestCloud.vcpe(ref);
    }

    /** The stand-ins are all {@code OS::Heat::None}: the stack's resource name says which link's network it is. */
    @Override
    protected boolean isNetwork(ResourceRef resource, DeploymentRef ref, LinkNetwork network) {
        return resource.name().equals(HeatNetworks.net(network));
    }

    /** Neutron keeps the CIDR on the subnet, not on the network. */
    @Override
    protected boolean holdsSubnet(ResourceRef resource, DeploymentRef ref, LinkNetwork network) {
        return resource.name().equals(HeatNetworks.subnet(network));
    }

    /**
     * Which port becomes eth1 is the real server's {@code networks} order (pinned by {@link HeatTemplatesTest}); the
     * stand-in server has no NICs, so here only each port's link and address are seen.
     */
    @Override
    protected boolean interfacesInAttachmentOrder() {
        return false;
    }

    /** The instance's data ports in the stack (not its management port), by resource name, with their fixed IPs. */
    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, String> interfaces(DeploymentRef ref, Workload workload, int instance) {
        String server = workload.name() + "." + instance;
        Map<String, String> interfaces = new TreeMap<>();
        resources(ref).forEach((name, definition) -> {
            if (name.startsWith(server + ".") && name.endsWith(".port") && !name.equals(server + ".port")) {
                Map<String, Object> properties =
                        (Map<String, Object>) ((Map<String, Object>) definition).get("properties");
                for (Object fixed : (Iterable<Object>) properties.get("fixed_ips")) {
                    Object address = ((Map<String, Object>) fixed).get("ip_address");
                    interfaces.put(name, address == null ? "" : String.valueOf(address));
                }
            }
        });
        return interfaces;
    }

    /** Updates the stack without the link's network, its subnet and every port on it, as an operator must. */
    @Override
    @SuppressWarnings("unchecked")
    protected void removeOutOfBand(DeploymentRef ref, LinkNetwork network) {
        OSClientV3 os = admin.client();
        Stack stack = os.heat().stacks().getStackByName(OpenStackConnector.name(ref));
        Map<String, Object> template = os.heat().templates().getTemplateAsMap(stack.getName(), stack.getId());
        Map<String, Object> resources = new LinkedHashMap<>((Map<String, Object>) template.get("resources"));
        Map<String, Object> onIt = Map.of("get_resource", HeatNetworks.net(network));
        resources.entrySet().removeIf(e -> {
            Object properties = ((Map<String, Object>) e.getValue()).get("properties");
            return e.getKey().equals(HeatNetworks.net(network))
                    || properties instanceof Map<?, ?> p && onIt.equals(p.get("network"));
        });
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

    /** Whether any stack that is not being deleted holds a network resource of that name. */
    @Override
    @SuppressWarnings("unchecked")
    protected boolean networkExists(String name) {
        OSClientV3 os = admin.client();
        for (Stack stack : os.heat().stacks().list()) {
            if (stack.getStatus().startsWith("DELETE")) {
                continue;
            }
            Map<String, Object> template = os.heat().templates().getTemplateAsMap(stack.getName(), stack.getId());
            Object resources = template.get("resources");
            if (resources instanceof Map<?, ?> map
                    && map.entrySet().stream()
                            .anyMatch(e -> String.valueOf(e.getKey()).endsWith(".net")
                                    && e.getValue() instanceof Map<?, ?> r
                                    && r.get("properties") instanceof Map<?, ?> p
                                    && name.equals(p.get("name")))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(DeploymentRef ref) {
        OSClientV3 os = admin.client();
        Stack stack = os.heat().stacks().getStackByName(OpenStackConnector.name(ref));
        Map<String, Object> template = os.heat().templates().getTemplateAsMap(stack.getName(), stack.getId());
        return (Map<String, Object>) template.get("resources");
    }
}
