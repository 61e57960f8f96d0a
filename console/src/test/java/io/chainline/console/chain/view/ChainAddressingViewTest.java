package io.chainline.console.chain.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.NsDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chain editor's subnets, SAP addresses and the links hops enter on: typed, saved, reloaded, shown as typed. */
class ChainAddressingViewTest extends ViewTest {

    @Autowired
    ChainService chains;

    /** A draft copy of the demo vCPE with an ingress SAP on its first link, open in the editor. */
    private ChainSummary vcpeDraftWithASap() {
        ChainSummary published = chains.list().stream()
                .filter(c -> c.name().equals("vCPE") && c.state() == DescriptorState.PUBLISHED)
                .findFirst()
                .orElseThrow();
        ChainSummary draft = chains.newVersion(
                published.id(), "9." + UUID.randomUUID().toString().substring(0, 4), TestUsers.OPERATOR);
        NsDescriptor ns = chains.get(draft.id()).descriptor();
        NsDescriptor withSap = new NsDescriptor(
                ns.identity(),
                ns.vnfs(),
                List.of(new ExtCp("ingress", List.of("ipv4"), Optional.of(firstLink(ns)))),
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed());
        draft = chains.saveDraft(draft.id(), draft.version(), withSap, TestUsers.OPERATOR);
        signIn(TestUsers.OPERATOR);
        navigate("chains/" + draft.id(), ChainDesignerView.class);
        return draft;
    }

    private static String firstLink(NsDescriptor ns) {
        return ns.virtualLinks().getFirst().node();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkSubnetAndASapAddressAreSavedAndShownAfterReload() {
        ChainSummary draft = vcpeDraftWithASap();
        String link = firstLink(chains.get(draft.id()).descriptor());
        type("chain-link-" + link + "-cidr", "10.70.1.0/24");
        test(byId(Select.class, "chain-sap-ingress-address-mode")).selectItem("Fixed");
        type("chain-sap-ingress-addresses", "10.70.1.5");
        assertThat(byId(TextField.class, "chain-sap-ingress-addresses").isInvalid())
                .isFalse();
        click("chain-save");

        navigate("chains/" + draft.id(), ChainDesignerView.class);

        assertThat(byId(TextField.class, "chain-link-" + link + "-cidr").getValue())
                .isEqualTo("10.70.1.0/24");
        assertThat(byId(TextField.class, "chain-sap-ingress-addresses").getValue())
                .isEqualTo("10.70.1.5");
        NsDescriptor stored = chains.get(draft.id()).descriptor();
        assertThat(stored.virtualLinks().getFirst().l3().orElseThrow().cidr()).isEqualTo("10.70.1.0/24");
        assertThat(stored.saps().getFirst().addressing().orElseThrow().fixedAddresses())
                .containsExactly("10.70.1.5");
    }

    @Test
    void aBadSubnetStaysInItsFieldWithItsFindingAfterSaveAndReload() {
        ChainSummary draft = vcpeDraftWithASap();
        String link = firstLink(chains.get(draft.id()).descriptor());
        type("chain-link-" + link + "-cidr", "10.70.1.0/40");
        TextField cidr = byId(TextField.class, "chain-link-" + link + "-cidr");
        assertThat(cidr.isInvalid()).isTrue();
        assertThat(cidr.getErrorMessage()).startsWith("L3-INVALID");
        click("chain-save");

        navigate("chains/" + draft.id(), ChainDesignerView.class);

        cidr = byId(TextField.class, "chain-link-" + link + "-cidr");
        assertThat(cidr.getValue()).isEqualTo("10.70.1.0/40");
        assertThat(cidr.isInvalid()).isTrue();
        assertThat(cidr.getErrorMessage()).startsWith("L3-INVALID");
    }

    @Test
    void eachHopSaysWhichLinkItEntersOn() {
        ChainSummary draft = vcpeDraftWithASap();
        List<String> links = chains.get(draft.id()).descriptor().virtualLinks().stream()
                .map(l -> l.node())
                .toList();

        assertThat(rows("chain-hops"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.split(" \\| ")[3])
                        .as("the Enters on column of %s", row)
                        .isIn(links));
    }
}
