package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.view.ImportDialog.Finding;
import io.chainline.console.catalog.view.ImportDialog.Rejection;
import org.junit.jupiter.api.Test;

/** What the import dialog lists when the catalog refuses a file: a finding with its code and what to do. */
class ImportDialogFindingsTest {

    private static final ChainlineException COLLISION = new ChainlineException(
            "CATALOG-VERSION-EXISTS",
            Category.CONFLICT,
            "vFirewall by Example Networks has a version 2.4 already; choose another descriptor version.");

    @Test
    void aNameCollisionIsAFindingThatOffersANewVersionOrARename() {
        Rejection rejection = Rejection.refused("vfirewall-2.4.csar", "", COLLISION);

        assertThat(rejection.verdict()).contains("nothing was stored").contains("file stays chosen");
        assertThat(rejection.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("CATALOG-VERSION-EXISTS");
            assertThat(finding.where()).isEqualTo("vfirewall-2.4.csar");
            assertThat(finding.whatToDo())
                    .contains("vFirewall by Example Networks has a version 2.4 already")
                    .contains("Import it as a new version")
                    .contains("type a new product name under 'Import as product'");
        });
    }

    @Test
    void aCollisionUnderTheChosenProductNameSaysSo() {
        Finding finding =
                Rejection.refused("fw.yaml", " fw-lab ", COLLISION).findings().getFirst();

        assertThat(finding.whatToDo()).contains("'fw-lab' has that version too").doesNotContain("Import it as");
    }

    @Test
    void anyOtherRefusalIsListedWithItsOwnAdvice() {
        Finding finding = Rejection.refused(
                        "vcpe-nsd.yaml",
                        "",
                        new ChainlineException(
                                "CATALOG-NOT-A-VNF",
                                Category.INVALID,
                                "vcpe-nsd.yaml is a network service descriptor; import it under Service chains."))
                .findings()
                .getFirst();

        assertThat(finding.code()).isEqualTo("CATALOG-NOT-A-VNF");
        assertThat(finding.whatToDo())
                .isEqualTo("vcpe-nsd.yaml is a network service descriptor; import it under" + " Service chains.");
    }

    @Test
    void findingsReadErrorsFirstThenByFileAndLine() {
        var listed = java.util.stream.Stream.of(
                        new Finding("W", "Warning", "a.yaml:1", "", ""),
                        new Finding("E3", "Error", "b.yaml:2", "", ""),
                        new Finding("E2", "Error", "a.yaml:10", "", ""),
                        new Finding("E1", "Error", "a.yaml:9", "", ""),
                        new Finding("N", "Note", "a.yaml", "", ""))
                .sorted(Finding.ORDER)
                .map(Finding::code)
                .toList();

        assertThat(listed).containsExactly("E1", "E2", "E3", "W", "N");
    }
}
