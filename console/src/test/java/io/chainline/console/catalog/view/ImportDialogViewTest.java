package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.model.Sol001Edition;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The catalog's import dialog, server-side: refusals are findings in place and the chosen file stays. */
class ImportDialogViewTest extends ViewTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    private void openImport() {
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        click("catalog-import");
    }

    @Test
    void importingWithoutAFileSaysToChooseOne() {
        openImport();

        click("import-run");

        assertThat(textOf("import-verdict")).isEqualTo("Choose a YAML or CSAR file first.");

        test(byId(Upload.class, "import-upload"))
                .upload("broken.yaml", "application/yaml", "node_types: [\n".getBytes(StandardCharsets.UTF_8));
        assertThat(textOf("import-verdict")).as("a file is chosen now").isEmpty();
    }

    @Test
    void aVersionTheCatalogHasIsAFindingAndTheFileStaysForARename() {
        VnfSummary existing = catalog.search(new CatalogQuery("vFirewall", Optional.empty()), 0, 1, Sort.unsorted())
                .getFirst();
        byte[] csar = exchange.exportCsar(existing.id(), Sol001Edition.V4_4_1);
        String copy = "vFirewall-lab-" + UUID.randomUUID().toString().substring(0, 6);
        openImport();
        test(byId(Upload.class, "import-upload")).upload("vfirewall.csar", "application/zip", csar);

        click("import-run");

        assertThat(textOf("import-verdict")).contains("nothing was stored");
        assertThat(rows("import-issues"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .startsWith("CATALOG-VERSION-EXISTS | Error | ")
                        .containsPattern("\\.yaml:\\d+ \\| [\\w.]+\\.descriptor_version \\| ")
                        .contains("Import it as a new version")
                        .contains(existing.descriptorVersion() + " already"));

        type("import-product-name", copy);
        click("import-run");

        assertThat(getCurrentView()).isInstanceOf(VnfDesignerView.class);
        assertThat(textOf("designer-title")).contains(copy);
        assertThat(textOf("import-report-summary")).startsWith("Imported from vfirewall.csar with the interop profile");
    }

    @Test
    void aDescriptorDesignedInTheConsoleShowsNoImportReport() {
        VnfSummary designed = catalog.search(new CatalogQuery("vFirewall", Optional.empty()), 0, 1, Sort.unsorted())
                .getFirst();
        signIn(TestUsers.VIEWER);

        navigate("catalog/" + designed.id(), VnfDesignerView.class);

        assertThat(exists("import-report")).isFalse();
    }
}
