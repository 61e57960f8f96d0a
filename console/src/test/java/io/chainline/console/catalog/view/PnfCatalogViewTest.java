package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PNF descriptors in the catalog, server-side: imported through the catalog's Import…, shown with their identity and
 * external connection points, listed under the VNFs, refused as a finding when the catalog has that descriptor id,
 * deleted after a confirmation.
 */
class PnfCatalogViewTest extends ViewTest {

    @Autowired
    PnfCatalog pnfs;

    @Autowired
    io.chainline.console.catalog.service.CatalogExchange exchange;

    /** A SOL001 v4.4.1 PNFD written for these tests: an edge router with a WAN and a LAN port. */
    static String pnfd(String descriptorId, String name) {
        return """
                tosca_definitions_version: tosca_simple_yaml_1_3
                imports:
                  - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_common_types.yaml
                  - https://forge.etsi.org/rep/nfv/SOL001/raw/v4.4.1/etsi_nfv_sol001_pnfd_types.yaml
                node_types:
                  lab.pnf.EdgeRouter:
                    derived_from: tosca.nodes.nfv.PNF
                    requirements:
                      - wan: { capability: tosca.capabilities.nfv.VirtualLinkable, relationship: tosca.relationships.nfv.VirtualLinksTo }
                      - lan: { capability: tosca.capabilities.nfv.VirtualLinkable, relationship: tosca.relationships.nfv.VirtualLinksTo }
                topology_template:
                  substitution_mappings:
                    node_type: lab.pnf.EdgeRouter
                    requirements:
                      wan: [ wan, external_virtual_link ]
                      lan: [ lan, external_virtual_link ]
                  node_templates:
                    edge:
                      type: lab.pnf.EdgeRouter
                      properties:
                        descriptor_id: %s
                        function_description: Customer edge router
                        provider: Lab
                        version: '1.0'
                        descriptor_invariant_id: %s-inv
                        name: %s
                    wan:
                      type: tosca.nodes.nfv.PnfExtCp
                      properties: { layer_protocols: [ ipv4 ] }
                    lan:
                      type: tosca.nodes.nfv.PnfExtCp
                      properties: { layer_protocols: [ ethernet ] }
                """.formatted(descriptorId, descriptorId, name);
    }

    private void importPnfd(String descriptorId, String name) {
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        click("catalog-import");
        test(byId(Upload.class, "import-upload"))
                .upload(
                        "edge.yaml",
                        "application/yaml",
                        pnfd(descriptorId, name).getBytes(StandardCharsets.UTF_8));
        click("import-run");
    }

    @Test
    void anImportedPnfdOpensWithItsIdentityAndExtCpsAndIsListed() {
        String id = UUID.randomUUID().toString();
        String name = "Edge-" + id.substring(0, 6);

        importPnfd(id, name);

        assertThat(getCurrentView()).isInstanceOf(PnfView.class);
        assertThat(textOf("pnf-title")).isEqualTo(name + " 1.0");
        assertThat(textOf("pnf-identity")).contains("Lab", "Customer edge router", id);
        assertThat(rows("pnf-ext-cps")).hasSize(2).anySatisfy(r -> assertThat(r).contains("wan", "ipv4"));

        navigate(CatalogView.class);
        assertThat(rows("catalog-pnf-grid")).anySatisfy(r -> assertThat(r).contains(name, "wan, lan"));
    }

    @Test
    void whatAnImportStoredIsListedOnceTheDialogCloses() {
        String id = UUID.randomUUID().toString();
        String name = "Listed-" + id.substring(0, 6);
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        click("catalog-import");
        // stored while the dialog is open (as an import that shows its warnings before closing does)
        exchange.importAny(
                "edge.yaml",
                pnfd(id, name).getBytes(StandardCharsets.UTF_8),
                java.util.Optional.empty(),
                TestUsers.OPERATOR);
        assertThat(text()).doesNotContain(name);

        click("import-close");

        assertThat(shown("catalog-pnf-grid")).isTrue();
        assertThat(shown("catalog-pnfs-none")).isFalse();
        assertThat(rows("catalog-pnf-grid")).anySatisfy(r -> assertThat(r).contains(name, "wan, lan"));
    }

    @Test
    void aDescriptorIdTheCatalogHasIsAFindingInTheDialog() {
        String id = UUID.randomUUID().toString();
        importPnfd(id, "First");

        importPnfd(id, "Second");

        assertThat(textOf("import-verdict")).contains("nothing was stored");
        assertThat(rows("import-issues"))
                .singleElement()
                .satisfies(r -> assertThat(r).startsWith("CATALOG-PNFD-EXISTS"));
    }

    @Test
    void deletingAPnfdConfirmsFirstAndReturnsToTheCatalog() {
        String id = UUID.randomUUID().toString();
        importPnfd(id, "Doomed");

        click("pnf-delete");
        assertThat(confirmation()).contains("Removes this PNF descriptor");
        assertThat(byId(com.vaadin.flow.component.button.Button.class, "confirm-cancel")
                        .getElement()
                        .hasAttribute("data-default-focus"))
                .as("Enter cancels: Cancel has the focus, not the red Delete")
                .isTrue();
        click("confirm-ok");

        assertThat(getCurrentView()).isInstanceOf(CatalogView.class);
        assertThat(pnfs.byDescriptorId(id)).isEmpty();
    }

    @Test
    void aViewerSeesWhyDeleteIsDisabled() {
        String id = UUID.randomUUID().toString();
        importPnfd(id, "Watched");
        var stored = pnfs.byDescriptorId(id).orElseThrow();

        signIn(TestUsers.VIEWER);
        navigate("catalog/pnfs/" + stored.summary().id(), PnfView.class);

        var delete = byId(com.vaadin.flow.component.button.Button.class, "pnf-delete");
        assertThat(delete.isEnabled()).isFalse();
        assertThat(delete.getTooltip().getText()).contains("operators");
    }

    /** Imported by the dialog: it opens the PNF page, or shows the import's warnings first with a button to it. */
    private void openImported() {
        if (!(getCurrentView() instanceof PnfView)) {
            assertThat(textOf("import-verdict")).startsWith("Imported with ");
            click("import-open");
        }
        assertThat(getCurrentView()).isInstanceOf(PnfView.class);
    }

    @Test
    void aCollidingDescriptorIdIsLocatedInTheFileAndImportAsProductStoresANewPnfd() {
        String id = UUID.randomUUID().toString();
        importPnfd(id, "First");

        importPnfd(id, "First");

        assertThat(rows("import-issues"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .startsWith("CATALOG-PNFD-EXISTS | Error | edge.yaml:21 | "
                                + "topology_template.node_templates.edge.properties.descriptor_id | ")
                        .contains("Import it as a new product"));

        String copy = "Edge-copy-" + id.substring(0, 6);
        type("import-product-name", copy);
        click("import-run");

        openImported();
        assertThat(textOf("pnf-title")).isEqualTo(copy + " 1.0");
        assertThat(textOf("pnf-identity")).doesNotContain(id + " ");
        assertThat(pnfs.all()).filteredOn(p -> p.name().equals(copy)).hasSize(1);
    }

    @Test
    void thePnfPageKeepsWhatTheImportSaid() {
        String id = UUID.randomUUID().toString();
        importPnfd(id, "Reported");
        openImported();

        assertThat(textOf("import-report-summary")).startsWith("Imported from edge.yaml with the interop profile, ");
        assertThat(textOf("import-report-source")).contains("By " + TestUsers.OPERATOR, "SHA-256 ");
    }
}
