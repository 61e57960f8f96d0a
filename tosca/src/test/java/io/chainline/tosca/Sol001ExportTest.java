package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.sol001.Sol001Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptors designed in code, written as SOL001 and SOL004, accepted by the engine and read back equal. */
class Sol001ExportTest {

    private final ToscaEngine engine = new ToscaEngine();

    @TempDir
    Path dir;

    @Test
    void aSandboxedContainerVnfKeepsItsIsolationAndPlacementThroughV4() throws IOException {
        VnfDescriptor firewall = SampleDescriptors.containerFirewall();

        ExportResult export = engine.export(firewall, Sol001Edition.V4_4_1);

        assertThat(export.report().issues()).noneMatch(Issue::isError);
        String yaml = export.written().orElseThrow().files().get("vFirewall.yaml");
        assertThat(yaml)
                .contains("tosca_simple_yaml_1_3")
                .contains("https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_vnfd_types.yaml")
                .contains("type: io.chainline.nodes.nfv.Vdu.OsContainerDeployableUnit")
                .contains("derived_from: tosca.nodes.nfv.Vdu.OsContainerDeployableUnit")
                .contains("isolation: sandboxed")
                .contains("runtime_class_name: kata-qemu")
                .contains("file: docker://registry.example.net/nfv/fw-exporter:1.0")
                .contains("requested_memory_resources: 256 MiB")
                .contains("type: io.chainline.nodes.nfv.Vdu.OsContainer")
                .contains("io.chainline.datatypes.Probe:")
                .contains("liveness_probe:")
                .contains("FW_MODE: routed")
                .doesNotContain("&id");
        assertThat(readBack(export)).isEqualTo(firewall);
    }

    @Test
    void v261HasNoContainerVdusAndTheExportSaysWhichOneAndWhatToDo() {
        ExportResult export = engine.export(SampleDescriptors.containerFirewall(), Sol001Edition.V2_6_1);

        assertThat(export.written()).isEmpty();
        assertThat(export.report().accepted()).isFalse();
        assertThat(export.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.EXPORT_UNSUPPORTED);
            assertThat(issue.path()).isEqualTo("flavours.default.vdus.fw");
            assertThat(issue.message()).contains("OsContainerDeployableUnit").contains("4.4.1 instead");
        });
    }

    @Test
    void twoFlavoursBecomeATopFileAFileEachAndASharedTypeFile() throws IOException {
        VnfDescriptor router = SampleDescriptors.vmRouterWithTwoFlavours();

        for (Sol001Edition edition : Sol001Edition.values()) {
            ExportResult export = engine.export(router, edition);

            assertThat(export.report().issues()).as(edition.name()).noneMatch(Issue::isError);
            assertThat(export.written().orElseThrow().files())
                    .containsOnlyKeys(
                            "vRouter.yaml", "vRouter_df_small.yaml", "vRouter_df_large.yaml", "vRouter_types.yaml");
            assertThat(readBack(export)).as(edition.name()).isEqualTo(router);
        }
        assertThat(engine.export(router, Sol001Edition.V2_6_1)
                        .written()
                        .orElseThrow()
                        .files()
                        .get("vRouter_df_small.yaml"))
                .contains("sw_image_data:")
                .contains("algorithm: sha-512")
                .contains("min_disk: 4 GiB")
                .contains("size: 700 MiB")
                .contains("boot_data: |");
        assertThat(engine.export(router, Sol001Edition.V4_4_1)
                        .written()
                        .orElseThrow()
                        .files()
                        .get("vRouter_df_small.yaml"))
                .contains("content_or_file_data:");
    }

    @Test
    void aVmImageWithoutWhatV261RequiresIsRefusedNamingTheMissingFields() {
        VnfDescriptor router = SampleDescriptors.vmRouterWithTwoFlavours();
        var flavour = router.flavours().getFirst();
        var vdu = (io.chainline.tosca.model.ComputeVdu) flavour.vdus().getFirst();
        var bare = new io.chainline.tosca.model.ComputeVdu(
                vdu.node(),
                vdu.name(),
                vdu.description(),
                vdu.profile(),
                vdu.virtualCpus(),
                vdu.memoryBytes(),
                vdu.cpuArchitecture(),
                java.util.Optional.of(
                        io.chainline.tosca.model.SwImage.container("x").withContainerFormat("bare")),
                vdu.storages(),
                vdu.extensions());
        VnfDescriptor incomplete = new VnfDescriptor(router.identity(), java.util.List.of(withVdu(flavour, bare)));

        ExportResult export = engine.export(incomplete, Sol001Edition.V2_6_1);

        assertThat(export.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.EXPORT_UNSUPPORTED);
            assertThat(issue.path()).isEqualTo("flavours.small.router.image");
            assertThat(issue.message()).contains("checksum, disk_format, min_disk, size");
        });
        assertThat(engine.export(incomplete, Sol001Edition.V4_4_1).ok()).isTrue();
    }

    @Test
    void aCsarHoldsTheDefinitionsTheImagesAndAManifestAndReadsBackEqual() throws IOException {
        VnfDescriptor router = SampleDescriptors.vmRouterWithTwoFlavours();
        assertThat(Sol001Writer.packagedFiles(router)).containsExactly("../Files/images/vrouter-17.3.qcow2");
        byte[] image = "qcow2 image bytes".getBytes(StandardCharsets.UTF_8);

        PackageExport csar = engine.exportCsar(
                router,
                Sol001Edition.DEFAULT,
                Map.of(
                        "vnf_provider_id", "Example Networks",
                        "vnf_product_name", "vRouter",
                        "vnf_release_date_time", "2026-11-28T10:00:00+00:00",
                        "vnf_package_version", "2.0"),
                Map.of("../Files/images/vrouter-17.3.qcow2", image));

        assertThat(csar.report().issues()).noneMatch(Issue::isError);
        assertThat(entries(csar.csar().orElseThrow()))
                .contains(
                        "TOSCA-Metadata/TOSCA.meta",
                        "Definitions/vRouter.yaml",
                        "Definitions/vRouter_df_large.yaml",
                        "Files/images/vrouter-17.3.qcow2",
                        "vRouter.mf");
        ImportResult imported = engine.importCsar("vRouter.csar", csar.csar().orElseThrow());
        assertThat(imported.descriptor()).contains(router);
    }

    @Test
    void aCsarWithoutTheImageItNamesIsRejectedNotWrittenSilently() {
        PackageExport csar = engine.exportCsar(
                SampleDescriptors.vmRouterWithTwoFlavours(),
                Sol001Edition.DEFAULT,
                Map.of(
                        "vnf_provider_id",
                        "x",
                        "vnf_product_name",
                        "x",
                        "vnf_release_date_time",
                        "2026-11-28T10:00:00+00:00",
                        "vnf_package_version",
                        "1"),
                Map.of());

        assertThat(csar.ok()).isFalse();
        assertThat(csar.report().issues()).anyMatch(i -> i.code() == IssueCode.CSAR_ARTIFACT_MISSING);
    }

    @Test
    void aServiceChainWithItsForwardingGraphAndClassifierRoundTrips() throws IOException {
        var chain = SampleDescriptors.vcpeChain();

        ExportResult export = engine.export(chain, Sol001Edition.V4_4_1);

        assertThat(export.report().issues()).noneMatch(Issue::isError);
        assertThat(export.report().kind()).isEqualTo("nsd");
        assertThat(export.written().orElseThrow().files().get("vCPE.yaml"))
                .contains("type: tosca.groups.nfv.VNFFG")
                .contains("type: tosca.policies.nfv.NfpRule")
                .contains("forwarding_behaviour: lb");
        assertThat(readBack(export)).isEqualTo(chain);
        assertThat(engine.export(chain, Sol001Edition.V2_6_1).report().issues())
                .extracting(Issue::code)
                .containsExactly(IssueCode.EXPORT_UNSUPPORTED);
    }

    @Test
    void anUploadedYamlIsReadFromMemoryAndAZipUnderAnyNameAsAPackage() {
        var written = engine.export(SampleDescriptors.containerFirewall(), Sol001Edition.V4_4_1)
                .written()
                .orElseThrow();
        byte[] yaml = written.files().get(written.entry()).getBytes(StandardCharsets.UTF_8);

        ImportResult imported = engine.importYaml("uploads/vFirewall.yaml", yaml);

        assertThat(imported.descriptor()).contains(SampleDescriptors.containerFirewall());
        ImportResult broken =
                engine.importYaml("x.yaml", "tosca_definitions_version: [".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.descriptor()).isEmpty();
        assertThat(broken.report().issues()).extracting(Issue::code).contains(IssueCode.YAML_SYNTAX);
    }

    private Descriptor readBack(ExportResult export) throws IOException {
        Path entry = DescriptorRoundTripTest.write(
                export.written().orElseThrow(), dir.resolve(export.edition().name()));
        ImportResult imported = engine.importFile(entry);
        assertThat(imported.report().issues()).noneMatch(Issue::isError);
        return imported.descriptor().orElseThrow();
    }

    private static io.chainline.tosca.model.Flavour withVdu(
            io.chainline.tosca.model.Flavour f, io.chainline.tosca.model.Vdu vdu) {
        return new io.chainline.tosca.model.Flavour(
                f.id(),
                f.description(),
                java.util.List.of(vdu),
                f.storages(),
                f.cps(),
                f.virtualLinks(),
                f.extCps(),
                f.exposed(),
                f.scalingAspects(),
                f.initialDeltas(),
                f.levels(),
                f.defaultLevel(),
                f.placementGroups(),
                f.placementRules(),
                f.lcmOperations());
    }

    private static java.util.List<String> entries(byte[] zip) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
