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

    @Autowired
    io.chainline.console.catalog.service.DescriptorDiff diff;

    @Test
    void aPublishedChainIsEditedThroughANewVersionAndTheDiffNamesTheChange() {
        NsDescriptor line = DemoChains.vcpe();
        NsIdentity id = line.identity();
        // over no catalog VNFs at all: publishing needs them published, so use the published demo firewall and router
        List<VnfProfileRef> published = List.of(
                withDescriptor(line.vnfs().get(1), DemoDescriptors.firewall().descriptorId()),
                withDescriptor(line.vnfs().get(2), DemoDescriptors.router().descriptorId()));
        NsDescriptor twoHop = DemoChains.line("fw-router", List.of("firewall", "router"));
        NsDescriptor ns = new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.designer(),
                        "1.0",
                        "edge-" + UUID.randomUUID().toString().substring(0, 6),
                        id.invariantId(),
                        id.flavourId()),
                List.of(
                        withDescriptor(twoHop.vnfs().get(0), published.get(0).descriptorId()),
                        withDescriptor(twoHop.vnfs().get(1), published.get(1).descriptorId())),
                twoHop.saps(),
                twoHop.virtualLinks(),
                twoHop.forwarders(),
                twoHop.forwardingGraphs(),
                twoHop.exposed());
        ChainSummary draft = chains.createDraft(ns, "alice");

        ChainSummary v1 = chains.publish(draft.id(), draft.version(), "alice");
        assertThat(v1.state()).isEqualTo(DescriptorState.PUBLISHED);
        assertThatThrownBy(() -> chains.saveDraft(v1.id(), v1.version(), ns, "bob"))
                .hasFieldOrPropertyWithValue("code", "CHAIN-IMMUTABLE");
        ChainSummary v2 = chains.newVersion(v1.id(), "1.1", "bob");

        assertThat(v2.state()).isEqualTo(DescriptorState.DRAFT);
        assertThat(diff.compare(
                        chains.get(v1.id()).descriptor(), chains.get(v2.id()).descriptor()))
                .extracting(io.chainline.console.catalog.service.DescriptorDiff.Change::path)
                .contains("identity.version", "identity.descriptorId");
        assertThat(chains.deprecate(v1.id(), v1.version(), "carol").state()).isEqualTo(DescriptorState.DEPRECATED);
    }

    private static VnfProfileRef withDescriptor(VnfProfileRef v, String descriptorId) {
        return new VnfProfileRef(
                v.node(),
                v.nodeType(),
                descriptorId,
                v.flavourId(),
                v.instantiationLevel(),
                v.minInstances(),
                v.maxInstances(),
                v.virtualLinks());
    }

    @Test
    void anEmptyChainIsRefusedWithTheFirstBlockingFindingAndAnEditedDraftReadsBackAsSaved() {
        NsDescriptor empty =
                ChainEdits.blank("Empty " + UUID.randomUUID().toString().substring(0, 6), "Example");
        ChainSummary draft = chains.createDraft(empty, "alice");

        assertThat(chains.readiness(empty).publishable()).isFalse();
        assertThatThrownBy(() -> chains.publish(draft.id(), draft.version(), "alice"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CHAIN-INVALID");
                    assertThat(e.getMessage()).contains("CHAIN-EMPTY");
                });

        NsDescriptor edited = ChainEdits.connect(
                ChainEditsTest.vcpe(), "router", "virtual_link", "steered"); // a re-point, through storage
        NsDescriptor renamed = new NsDescriptor(
                empty.identity(),
                edited.vnfs(),
                edited.saps(),
                edited.virtualLinks(),
                edited.forwarders(),
                edited.forwardingGraphs(),
                edited.exposed());
        ChainSummary saved = chains.saveDraft(draft.id(), draft.version(), renamed, "alice");
        assertThat(chains.get(saved.id()).descriptor()).isEqualTo(renamed);
    }
}
