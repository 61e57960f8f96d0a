package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The VNF designer's subnets and addresses: typed, saved, reloaded and shown as typed, findings in place. */
class ConnectivityAddressingViewTest extends ViewTest {

    @Autowired
    CatalogService catalog;

    /** A new draft with a container VDU, a link and a connection point on that link; answers its route. */
    @SuppressWarnings("unchecked")
    private String draftWithALinkedPoint() {
        signIn(TestUsers.OPERATOR);
        navigate(CatalogView.class);
        click("catalog-new");
        type("new-vnf-provider", "Example Networks");
        type("new-vnf-product", "vAddr-" + UUID.randomUUID().toString().substring(0, 6));
        click("new-vnf-create");
        click("designer-add-container-vdu");
        click("links-add");
        click("cps-add");
        ComboBox<String> link = byId(ComboBox.class, "cps-0-link");
        test(link).selectItem(link.getListDataView().getItems().findFirst().orElseThrow());
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private void reload(String route) {
        navigate(route, VnfDesignerView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSubnetAndAFixedAddressAreSavedAndShownAfterReload() {
        String route = draftWithALinkedPoint();
        type("links-0-cidr", "10.60.2.0/24");
        type("links-0-gateway", "10.60.2.1");
        test(byId(Select.class, "cps-0-address-mode")).selectItem("Fixed");
        type("cps-0-addresses", "10.60.2.10, 10.60.2.11");
        test(byId(Checkbox.class, "cps-0-management")).click();
        assertThat(byId(TextField.class, "cps-0-addresses").isInvalid()).isFalse();
        click("designer-save");

        reload(route);

        assertThat(byId(TextField.class, "links-0-cidr").getValue()).isEqualTo("10.60.2.0/24");
        assertThat(byId(TextField.class, "links-0-gateway").getValue()).isEqualTo("10.60.2.1");
        assertThat(byId(Select.class, "cps-0-address-mode").getValue()).isEqualTo("fixed");
        assertThat(byId(TextField.class, "cps-0-addresses").getValue()).isEqualTo("10.60.2.10, 10.60.2.11");
        assertThat(byId(Checkbox.class, "cps-0-management").getValue()).isTrue();
        var stored = VnfEdits.flavour(catalog.get(id(route)).descriptor());
        assertThat(stored.virtualLinks().getFirst().l3().orElseThrow().cidr()).isEqualTo("10.60.2.0/24");
        assertThat(stored.cps().getFirst().addressing().orElseThrow().fixedAddresses())
                .containsExactly("10.60.2.10", "10.60.2.11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadSubnetStaysInItsFieldWithItsFindingAfterSaveAndReload() {
        String route = draftWithALinkedPoint();
        type("links-0-cidr", "10.60.300.0/24");

        TextField cidr = byId(TextField.class, "links-0-cidr");
        assertThat(cidr.isInvalid()).isTrue();
        assertThat(cidr.getErrorMessage()).startsWith("L3-INVALID");
        assertThat(cidr.getHelperText()).contains("allocated at deploy time");

        click("designer-save");
        reload(route);

        cidr = byId(TextField.class, "links-0-cidr");
        assertThat(cidr.getValue()).isEqualTo("10.60.300.0/24");
        assertThat(cidr.isInvalid()).isTrue();
        assertThat(cidr.getErrorMessage()).startsWith("L3-INVALID");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFixedAddressOutsideTheLinksSubnetIsMarkedOnItsField() {
        draftWithALinkedPoint();
        type("links-0-cidr", "10.60.2.0/24");
        test(byId(Select.class, "cps-0-address-mode")).selectItem("Fixed");
        type("cps-0-addresses", "10.60.9.10");

        TextField addresses = byId(TextField.class, "cps-0-addresses");
        assertThat(addresses.isInvalid()).isTrue();
        assertThat(addresses.getErrorMessage()).startsWith("L3-ADDRESS-OUTSIDE-SUBNET");

        type("links-0-cidr", "10.60.0.0/16");
        assertThat(byId(TextField.class, "cps-0-addresses").isInvalid())
                .as("re-checked when the link's subnet changes")
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContainersExtraCapabilitiesAreSavedAndShownAfterReload() {
        String route = draftWithALinkedPoint();
        String id = "vdu-0-container-0-capabilities";
        test(byId(MultiSelectComboBox.class, id)).selectItem("NET_ADMIN", "NET_RAW");
        click("designer-save");

        reload(route);

        assertThat(byId(MultiSelectComboBox.class, id).getValue()).containsExactlyInAnyOrder("NET_ADMIN", "NET_RAW");
        var unit = (io.chainline.tosca.model.ContainerVdu)
                VnfEdits.flavour(catalog.get(id(route)).descriptor()).vdus().getFirst();
        assertThat(unit.containers().getFirst().extensions().capabilities()).containsExactly("NET_ADMIN", "NET_RAW");
    }

    @Test
    void removingALinkThatAPointIsOnAsksFirstNamingThePoint() {
        draftWithALinkedPoint();

        click("links-0-remove");

        assertThat(confirmation()).contains("Remove virtual link").contains("cp");
        click("confirm-cancel");
        assertThat(exists("links-0-name")).isTrue();
        assertThat(byId(ComboBox.class, "cps-0-link").getValue()).isNotNull();
    }

    private static UUID id(String route) {
        return UUID.fromString(route.substring(route.lastIndexOf('/') + 1));
    }
}
