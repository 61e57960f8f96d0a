package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.IntegrationTest;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Chains reference catalog versions: only published ones publish, and the ones in use cannot be deleted. */
@IntegrationTest
class ChainServiceIT {

    @Autowired
    ChainService chains;

    @Autowired
    CatalogService catalog;

    /** The vCPE over the demo catalog's VNFs: classifier (a draft), firewall and router (published). */
    private NsDescriptor vcpeOverTheCatalog() {
        NsDescriptor line = DemoChains.vcpe();
        List<String> ids = List.of(
                DemoDescriptors.classifier().descriptorId(),
                DemoDescriptors.firewall().descriptorId(),
                DemoDescriptors.router().descriptorId());
        List<VnfProfileRef> vnfs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            VnfProfileRef v = line.vnfs().get(i);
            vnfs.add(new VnfProfileRef(
                    v.node(),
                    v.nodeType(),
                    ids.get(i),
                    v.flavourId(),
                    v.instantiationLevel(),
                    v.minInstances(),
                    v.maxInstances(),
                    v.virtualLinks()));
        }
        NsIdentity id = line.identity();
        return new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.designer(),
                        id.version(),
                        "vCPE-" + UUID.randomUUID().toString().substring(0, 6),
                        id.invariantId(),
                        id.flavourId()),
                vnfs,
                line.saps(),
                line.virtualLinks(),
                line.forwarders(),
                line.forwardingGraphs(),
                line.exposed());
    }

    @Test
    void aChainIsStoredAsTheModelAndPublishesOnlyOverPublishedVnfs() {
        NsDescriptor vcpe = vcpeOverTheCatalog();
        ChainSummary draft = chains.createDraft(vcpe, "alice");

        assertThat(chains.get(draft.id()).descriptor()).isEqualTo(vcpe);
        assertThat(chains.problems(vcpe)).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("NS-VNF-NOT-PUBLISHED");
            assertThat(p.path()).isEqualTo("vnfs.classifier");
            assertThat(p.message()).contains("draft catalog version");
        });
        assertThatThrownBy(() -> chains.publish(draft.id(), draft.version(), "alice"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("CHAIN-INVALID"));
    }

    @Test
    void aVnfVersionAChainUsesCannotBeDeletedFromTheCatalog() {
        NsDescriptor vcpe = vcpeOverTheCatalog();
        ChainSummary draft = chains.createDraft(vcpe, "alice");
        VnfSummary firewall = catalog.findByDescriptorId(
                        DemoDescriptors.firewall().descriptorId())
                .orElseThrow();

        assertThatThrownBy(() -> catalog.delete(firewall.id(), firewall.version(), "bob"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CATALOG-IN-USE");
                    assertThat(e.getMessage())
                            .contains("service chain " + vcpe.identity().name() + " 1.0");
                });

        chains.delete(draft.id(), draft.version(), "alice");
        assertThat(chains.usersOf(firewall.id()))
                .doesNotContain("service chain " + vcpe.identity().name() + " 1.0");
        assertThat(catalog.count(new CatalogQuery("vFirewall", Optional.of(DescriptorState.PUBLISHED))))
                .isPositive();
    }
}
