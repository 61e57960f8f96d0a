package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.catalog.view.ImportDialog.Finding;
import io.chainline.console.catalog.view.ImportDialog.Rejection;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.issue.Profile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A legacy Tacker VNFD imported through the dialog: the engine's conversion report (which sizes were assumed from a
 * flavour name, what was not carried) reaches the dialog's findings as it does for any warning, with no view change.
 */
class ImportDialogLegacyTackerTest {

    private static final String LEGACY = """
            tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
            metadata:
              template_name: legacy-web
            topology_template:
              node_templates:
                VDU1:
                  type: tosca.nodes.nfv.VDU.Tacker
                  properties:
                    image: cirros
                    flavor: m1.tiny
                    mgmt_driver: openwrt
            """;

    @Test
    void theConversionReportIsListedAsWarningsOfTheStoredDraft() {
        ImportResult result = new ToscaEngine()
                .withProfile(Profile.INTEROP)
                .importYaml("legacy-web.yaml", LEGACY.getBytes(StandardCharsets.UTF_8));
        assertThat(result.descriptor()).isPresent();
        VnfSummary draft = new VnfSummary(
                UUID.randomUUID(),
                "",
                "legacy-web",
                "",
                "",
                "1.0",
                DescriptorState.DRAFT,
                1,
                "",
                Instant.EPOCH,
                "t",
                0);

        Rejection shown = Rejection.warned(
                "legacy-web.yaml",
                new ImportOutcome(true, result.report().issues(), Optional.of(draft), Profile.INTEROP, List.of()));

        assertThat(shown.verdict()).contains("Imported with 3 warnings");
        assertThat(shown.findings())
                .extracting(Finding::code, Finding::severity, Finding::where, Finding::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "TACKER-LEGACY-CONVERTED", "Warning", "legacy-web.yaml:1", "tosca_definitions_version"),
                        org.assertj.core.groups.Tuple.tuple(
                                "TACKER-LEGACY-DROPPED",
                                "Warning",
                                "legacy-web.yaml:11",
                                "topology_template.node_templates.VDU1.properties.mgmt_driver"),
                        org.assertj.core.groups.Tuple.tuple(
                                "TACKER-FLAVOR-ASSUMED",
                                "Warning",
                                "legacy-web.yaml:10",
                                "topology_template.node_templates.VDU1.properties.flavor"));
    }
}
