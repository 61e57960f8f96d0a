package io.chainline.console.chain.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.select.Select;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.PnfSummary;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A catalog PNF put into a chain in the editor: added, wired to an NS link, drawn as physical, kept apart from VNFs. */
class ChainPnfViewTest extends ViewTest {

    @Autowired
    ChainService chains;

    @Autowired
    PnfCatalog pnfs;

    @Test
    void aPnfIsAddedToAChainWiredToALinkAndDrawnAsPhysical() {
        String id = "cpe-" + UUID.randomUUID();
        PnfSummary cpe = pnfs.store(
                new PnfDescriptor(
                        new PnfIdentity(
                                PnfIdentity.BASE_TYPE, id, "Lab", "Cpe " + id.substring(4, 10), "1.0", "CPE", id),
                        List.of(new ExtCp("lan", List.of("ipv4"), Optional.empty())),
                        Optional.empty()),
                TestUsers.OPERATOR);
        ChainSummary published = chains.list().stream()
                .filter(c -> c.name().equals("vCPE") && c.state() == DescriptorState.PUBLISHED)
                .findFirst()
                .orElseThrow();
        ChainSummary draft = chains.newVersion(
                published.id(), "8." + UUID.randomUUID().toString().substring(0, 4), TestUsers.OPERATOR);
        String link =
                chains.get(draft.id()).descriptor().virtualLinks().getFirst().node();
        signIn(TestUsers.OPERATOR);
        navigate("chains/" + draft.id(), ChainDesignerView.class);

        @SuppressWarnings("unchecked")
        Select<PnfSummary> which = byId(Select.class, "chain-add-pnf-catalog");
        which.setValue(pnfs.all().stream()
                .filter(p -> p.id().equals(cpe.id()))
                .findFirst()
                .orElseThrow());
        type("chain-add-pnf-name", "cpe");
        click("chain-add-pnf");
        @SuppressWarnings("unchecked")
        Select<String> on = byId(Select.class, "chain-connect-pnf-cpe-lan");
        test(on).selectItem(link);

        assertThat(shown("chain-unsaved")).isTrue();
        String svg = byId(com.vaadin.flow.component.Component.class, "chain-picture")
                .getChildren()
                .filter(Html.class::isInstance)
                .map(c -> c.getElement().getOuterHTML())
                .findFirst()
                .orElse("");
        assertThat(svg).contains("class=\"pnf\"", "physical, not deployed");
        assertThat(rows("chain-vnfs")).noneSatisfy(r -> assertThat(r).contains("cpe"));
    }
}
