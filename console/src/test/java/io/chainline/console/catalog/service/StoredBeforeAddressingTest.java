package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drafts stored before links had subnets, connection points addresses and containers capabilities: their JSON has
 * none of those keys, and still loads, with none of them.
 */
class StoredBeforeAddressingTest {

    private static final List<String> NEW_KEYS = List.of("l3", "addressing", "capabilities");

    private final ModelJson json = new ModelJson();
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void aVnfDraftWithoutTheNewKeysLoadsWithoutSubnetsAddressesOrCapabilities() {
        VnfDescriptor firewall = DemoDescriptors.firewall();
        String stored = withoutNewKeys(json.write(firewall));
        assertThat(stored).doesNotContain("\"l3\"", "\"addressing\"", "\"capabilities\"");

        VnfDescriptor loaded = json.readVnf(stored);

        assertThat(loaded).isEqualTo(firewall);
        var flavour = VnfEdits.flavour(loaded);
        assertThat(flavour.virtualLinks())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.l3()).isEmpty());
        assertThat(flavour.cps())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.addressing()).isEmpty());
        assertThat(flavour.vdus().stream()
                        .filter(ContainerVdu.class::isInstance)
                        .map(ContainerVdu.class::cast)
                        .flatMap(u -> u.containers().stream()))
                .allSatisfy(c -> assertThat(c.extensions().capabilities()).isEmpty());
    }

    @Test
    void aChainDraftWithoutTheNewKeysLoadsWithoutSubnetsOrSapAddresses() {
        NsDescriptor chain = DemoChainsFixture.withSap();
        String stored = withoutNewKeys(json.write(chain));
        assertThat(stored).doesNotContain("\"l3\"", "\"addressing\"");

        NsDescriptor loaded = json.readNs(stored);

        assertThat(loaded).isEqualTo(chain);
        assertThat(loaded.virtualLinks()).allSatisfy(l -> assertThat(l.l3()).isEmpty());
        assertThat(loaded.saps())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.addressing()).isEmpty());
    }

    private String withoutNewKeys(String stored) {
        JsonNode tree = mapper.readTree(stored);
        strip(tree);
        return mapper.writeValueAsString(tree);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            NEW_KEYS.forEach(object::remove);
        }
        node.values().forEach(StoredBeforeAddressingTest::strip);
    }

    /** A small chain with a link and a SAP on it, none of them addressed. */
    static final class DemoChainsFixture {
        static NsDescriptor withSap() {
            return new NsDescriptor(
                    new io.chainline.tosca.model.NsIdentity(
                            "chainline.t.NS", "ns-1", "Example", "1.0", "t", "i", "default"),
                    List.of(),
                    List.of(new ExtCp("ingress", List.of("ipv4"), Optional.of("lan"))),
                    List.of(new VirtualLink("lan", Optional.empty(), List.of("ipv4"), Optional.of("line"), 0, 0)),
                    List.of(),
                    List.of(),
                    List.of());
        }
    }
}
