package io.chainline.connector.openstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.heat.Stack;

/**
 * The OpenStack connector against real Keystone and real Heat (.ci/openstack.sh). Heat cannot create servers or
 * networks without Nova and Neutron, so the stack uses stand-ins of the same shape ({@code OS::Heat::TestResource}
 * for servers); the real resources are pinned by {@link HeatTemplatesTest}.
 */
class OpenStackContractIT extends ConnectorContract {

    private static WireMockServer nova;
    private static Connector connector;
    private static Keystone admin;
    private static final List<String> foreign = new ArrayList<>();

    @BeforeAll
    static void connect() {
        nova = TestCloud.nova();
        connector = new OpenStackConnectorFactory(Clock.systemUTC(), HeatTemplates.Style.STAND_IN)
                .connect(TestCloud.admin());
        admin = new Keystone(TestCloud.admin(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        OSClientV3 os = admin.client();
        foreign.forEach(name -> {
            Stack stack = os.heat().stacks().getStackByName(name);
            if (stack != null) {
                os.heat().stacks().delete(stack.getName(), stack.getId());
            }
        });
        connector.close();
        nova.stop();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return TestCloud.vcpe(ref);
    }

    /** Someone updates the stack by hand and drops the firewall's second server. */
    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        edit(ref, resources -> {
            resources.remove("firewall-fw.2");
            resources.remove("firewall-fw.2.port");
            return resources;
        });
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        String name = "not-ours-" + ref.id();
        admin.client()
                .heat()
                .stacks()
                .create(Builders.stack()
                        .name(name)
                        .template(
                                "{\"heat_template_version\": \"2018-08-31\", \"resources\": {\"x\": {\"type\": \"OS::Heat::None\"}}}")
                        .timeoutMins(5L)
                        .build());
        foreign.add(name);
        return () -> {
            Stack stack = admin.client().heat().stacks().getStackByName(name);
            return stack != null && !stack.getStatus().startsWith("DELETE");
        };
    }

    /** The first server of the workload fails to update, as a quota or a scheduler error would make it. */
    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        edit(ref, resources -> {
            Map<String, Object> broken = new LinkedHashMap<>();
            broken.put("type", "OS::Heat::TestResource");
            broken.put("properties", Map.of("value", "broken", "fail", true));
            resources.put(workload.name() + ".1", broken);
            return resources;
        });
    }

    @SuppressWarnings("unchecked")
    private static void edit(DeploymentRef ref, UnaryOperator<Map<String, Object>> change) {
        OSClientV3 os = admin.client();
        Stack stack = os.heat().stacks().getStackByName(OpenStackConnector.name(ref));
        Map<String, Object> template = os.heat().templates().getTemplateAsMap(stack.getName(), stack.getId());
        Map<String, Object> resources =
                change.apply(new LinkedHashMap<>((Map<String, Object>) template.get("resources")));
        template.put("resources", resources);
        Map<String, Object> outputs =
                new LinkedHashMap<>((Map<String, Object>) template.getOrDefault("outputs", Map.of()));
        outputs.keySet().removeIf(o -> !resources.containsKey(o.replace(".address", "")));
        template.put("outputs", outputs);
        try {
            os.heat()
                    .stacks()
                    .update(
                            stack.getName(),
                            stack.getId(),
                            Builders.stackUpdate()
                                    .template(new ObjectMapper().writeValueAsString(template))
                                    .timeoutMins(5L)
                                    .build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // Heat finishes the update (or fails it) in seconds with the fake RPC; openstack4j clients are thread-bound
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
