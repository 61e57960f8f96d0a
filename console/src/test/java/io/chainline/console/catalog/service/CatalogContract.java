package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.support.RecordingDescriptorUsage;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** What the catalog must do on every database Chainline supports; subclasses choose H2 or PostgreSQL. */
abstract class CatalogContract {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    DescriptorDiff diff;

    @Autowired
    AuditLog audit;

    /** A demo descriptor as a product of its own, so tests never collide. */
    static VnfDescriptor unique(VnfDescriptor descriptor) {
        return Identities.renamed(descriptor, descriptor.identity().productName() + "-" + UUID.randomUUID());
    }

    @Test
    void aDraftIsStoredAsTheEnginesModelAndReadBackEqual() {
        VnfDescriptor firewall = unique(DemoDescriptors.firewall());

        VnfSummary draft = catalog.createDraft(firewall, "alice");

        assertThat(draft.state()).isEqualTo(DescriptorState.DRAFT);
        assertThat(draft.architectures()).isEqualTo("amd64, arm64");
        assertThat(draft.vduCount()).isEqualTo(1);
        assertThat(catalog.get(draft.id()).descriptor()).isEqualTo(firewall);
        assertThat(audit.history(CatalogService.TARGET, draft.id().toString()))
                .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "vnf.created"));
    }

    @Test
    void twoPeopleEditingOneDraftGetAConflictNotALostUpdate() {
        VnfSummary draft = catalog.createDraft(unique(DemoDescriptors.classifier()), "alice");
        VnfDescriptor bobs = catalog.get(draft.id()).descriptor();
        VnfDescriptor carols = catalog.get(draft.id()).descriptor();

        catalog.saveDraft(draft.id(), draft.version(), withSoftware(bobs, "1.1"), "bob");

        assertThatThrownBy(() -> catalog.saveDraft(draft.id(), draft.version(), withSoftware(carols, "1.2"), "carol"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CATALOG-CONFLICT");
                    assertThat(e.getMessage()).contains("changed by bob").contains("reload");
                });
        assertThat(catalog.get(draft.id()).descriptor().identity().softwareVersion())
                .isEqualTo("1.1");
    }

    @Test
    void publishedVersionsNeverChangeAndAreEditedThroughANewVersion() {
        VnfSummary draft = catalog.createDraft(unique(DemoDescriptors.router()), "alice");
        VnfSummary published = catalog.publish(draft.id(), draft.version(), "alice");
        VnfDescriptor descriptor = catalog.get(published.id()).descriptor();

        assertThat(published.state()).isEqualTo(DescriptorState.PUBLISHED);
        assertThatThrownBy(() -> catalog.saveDraft(published.id(), published.version(), descriptor, "bob"))
                .hasFieldOrPropertyWithValue("code", "CATALOG-IMMUTABLE");

        VnfSummary next = catalog.newVersion(published.id(), "1.1.0", "bob");

        assertThat(next.state()).isEqualTo(DescriptorState.DRAFT);
        assertThat(next.productName()).isEqualTo(published.productName());
        assertThat(next.descriptorId()).isNotEqualTo(published.descriptorId());
        assertThat(catalog.versionsOf(next.id()))
                .extracting(VnfSummary::descriptorVersion)
                .containsExactly("1.0.0", "1.1.0");
        assertThatThrownBy(() -> catalog.newVersion(published.id(), "1.1.0", "bob"))
                .hasFieldOrPropertyWithValue("code", "CATALOG-VERSION-EXISTS");
        VnfSummary deprecated = catalog.deprecate(published.id(), published.version() + 0, "carol");
        assertThat(deprecated.state()).isEqualTo(DescriptorState.DEPRECATED);
    }

    @Test
    void anInvalidDraftCannotBePublishedAndSaysWhy() {
        VnfDescriptor blank = DemoDescriptors.blank("Example Networks", "empty-" + UUID.randomUUID(), "id-1");
        VnfSummary draft = catalog.createDraft(blank, "alice");

        assertThatThrownBy(() -> catalog.publish(draft.id(), draft.version(), "alice"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("CATALOG-INVALID");
                    assertThat(e.getMessage()).contains("CATALOG-NO-VDU");
                });
        assertThat(catalog.get(draft.id()).summary().state()).isEqualTo(DescriptorState.DRAFT);
    }

    @Test
    void aVersionInUseIsNotDeletedAndTheUsersAreNamed() {
        VnfSummary draft = catalog.createDraft(unique(DemoDescriptors.classifier()), "alice");
        RecordingDescriptorUsage.use(draft.id(), List.of("service chain vCPE 1.0", "deployment cpe-paris"));
        try {
            assertThatThrownBy(() -> catalog.delete(draft.id(), draft.version(), "alice"))
                    .isInstanceOfSatisfying(ChainlineException.class, e -> {
                        assertThat(e.code()).isEqualTo("CATALOG-IN-USE");
                        assertThat(e.getMessage()).contains("service chain vCPE 1.0, deployment cpe-paris");
                    });
        } finally {
            RecordingDescriptorUsage.release(draft.id());
        }
        catalog.delete(draft.id(), draft.version(), "alice");
        assertThatThrownBy(() -> catalog.get(draft.id())).hasFieldOrPropertyWithValue("code", "CATALOG-NOT-FOUND");
    }

    @Test
    void aDiffNamesWhatChangedByPartNotByPosition() {
        VnfSummary v1 = catalog.createDraft(unique(DemoDescriptors.firewall()), "alice");
        catalog.publish(v1.id(), v1.version(), "alice");
        VnfSummary v2 = catalog.newVersion(v1.id(), "2.0.0", "alice");
        VnfDescriptor changed = withSoftware(catalog.get(v2.id()).descriptor(), "5.0");
        catalog.saveDraft(v2.id(), v2.version(), changed, "alice");

        List<DescriptorDiff.Change> changes = diff.between(v1.id(), v2.id());

        assertThat(changes)
                .extracting(DescriptorDiff.Change::path, DescriptorDiff.Change::kind)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("identity.softwareVersion", "changed"),
                        org.assertj.core.groups.Tuple.tuple("identity.descriptorVersion", "changed"));
        assertThat(changes).noneMatch(c -> c.path().contains("flavours"));
    }

    @Test
    void simultaneousImportsOfOneVersionLeaveOneAndAnswerTheOthersVersionExists() throws Exception {
        VnfDescriptor router = unique(DemoDescriptors.router());
        int attempts = 6;
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        catalog.createDraft(router, "alice");
                        return "CREATED";
                    } catch (ChainlineException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<String> codes = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                codes.add(outcome.get());
            }
            assertThat(codes).containsOnlyOnce("CREATED");
            assertThat(codes).filteredOn(c -> !c.equals("CREATED")).containsOnly("CATALOG-VERSION-EXISTS");
        }
    }

    @Test
    void aUniqueKeyViolationOnTheVersionIsRecognisedInAnyCase() {
        var h2 = new org.springframework.dao.DataIntegrityViolationException(
                "could not execute statement",
                new RuntimeException(
                        "Unique index or primary key violation: \"PUBLIC.UK_VNF_DESCRIPTOR_PRODUCT_VERSION"));
        assertThat(VnfDesignPort.isVersionCollision(h2)).isTrue();
        assertThat(VnfDesignPort.isVersionCollision(new RuntimeException("uk_registry_credential_registry")))
                .isFalse();
    }

    @Test
    void searchFindsByProductOrProviderAndPagesAndCounts() {
        String tag = "srch" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            catalog.createDraft(Identities.renamed(DemoDescriptors.router(), tag + "-" + i), "alice");
        }
        CatalogQuery query = new CatalogQuery(tag.toUpperCase(), Optional.empty());

        assertThat(catalog.count(query)).isEqualTo(3);
        assertThat(catalog.search(query, 0, 2, Sort.by("productName")))
                .extracting(VnfSummary::productName)
                .containsExactly(tag + "-0", tag + "-1");
        assertThat(catalog.search(query, 2, 2, Sort.by("productName"))).hasSize(1);
        assertThat(catalog.count(new CatalogQuery(tag, Optional.of(DescriptorState.PUBLISHED))))
                .isZero();
    }

    @Test
    void aCsarExportImportsAgainAsANewProductWithAnEqualDescriptor() {
        VnfDescriptor firewall = unique(DemoDescriptors.firewall());
        VnfSummary draft = catalog.createDraft(firewall, "alice");
        byte[] csar = exchange.exportCsar(draft.id(), Sol001Edition.V4_4_1);

        ImportOutcome again =
                exchange.importFile("fw.csar", csar, Optional.of("vFirewall copy " + UUID.randomUUID()), "bob");

        assertThat(again.accepted()).isTrue();
        VnfDescriptor imported = catalog.get(again.stored().orElseThrow().id()).descriptor();
        assertThat(imported.flavours()).isEqualTo(firewall.flavours());
        assertThat(imported.identity().provider()).isEqualTo(firewall.identity().provider());
        assertThat(imported.identity().descriptorId())
                .isNotEqualTo(firewall.identity().descriptorId());
    }

    @Test
    void aRejectedUploadStoresNothingAndSaysWhereItIsWrong() {
        long before = catalog.count(CatalogQuery.ALL);
        byte[] broken = """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    vdu1:
                      type: tosca.nodes.nfv.Vdu.Nonsense
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportOutcome outcome = exchange.importFile("bad.yaml", broken, Optional.empty(), "alice");

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.issues()).anySatisfy(issue -> {
            assertThat(issue.code().code()).isEqualTo("TOSCA-TYPE-UNKNOWN");
            assertThat(issue.file()).isEqualTo("bad.yaml");
            assertThat(issue.line()).isEqualTo(5);
            assertThat(issue.path()).isEqualTo("topology_template.node_templates.vdu1.type");
        });
        assertThat(catalog.count(CatalogQuery.ALL)).isEqualTo(before);
    }

    static VnfDescriptor withSoftware(VnfDescriptor d, String software) {
        VnfIdentity id = d.identity();
        return new VnfDescriptor(
                new VnfIdentity(
                        id.nodeType(),
                        id.descriptorId(),
                        id.descriptorVersion(),
                        id.provider(),
                        id.productName(),
                        software,
                        id.productInfoName(),
                        id.vnfmInfo()),
                d.flavours());
    }
}
