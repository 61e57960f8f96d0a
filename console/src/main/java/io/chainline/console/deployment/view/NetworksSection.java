package io.chainline.console.deployment.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.NetworkListing;
import java.util.List;

/**
 * The deployment page's "Networks" section: each virtual link of the chain as the network it is on its target, with
 * the connection points on it, their interfaces and addresses, as the stored desired state gives them.
 */
final class NetworksSection {

    private NetworksSection() {}

    static VerticalLayout of(DeploymentViews.DeploymentDetail detail) {
        VerticalLayout section = new VerticalLayout(new H4("Networks"));
        section.setId("deployment-networks");
        section.setPadding(false);
        List<NetworkListing.Network> networks = NetworkListing.of(detail.desired());
        if (networks.isEmpty()) {
            section.add(note(
                    "Its network functions are on the deployment's management network only: the chain's design gives"
                            + " its links no addresses, so it carries no traffic of its own."));
            return section;
        }
        if (detail.summary().state() == DeploymentState.TERMINATED) {
            section.add(note("Its networks were removed when it was terminated, and their subnets released."));
            return section;
        }
        Paragraph caption = new Paragraph(
                detail.summary().state() == DeploymentState.INSTANTIATED
                        ? "As designed for this deployment: the subnets and the addresses each NF was given. Check drift"
                                + " compares them with what is attached on the target."
                        : "Planned, not running: the subnets and addresses this deployment would give its NFs.");
        caption.setId("deployment-networks-caption");
        section.add(caption);
        networks.forEach(n -> section.add(network(n)));
        return section;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.setId("deployment-networks-none");
        return note;
    }

    private static VerticalLayout network(NetworkListing.Network n) {
        String id = "deployment-network-" + n.link() + "-" + n.target();
        Span head = new Span(n.link() + " · " + n.cidr()
                + (n.gateway().isEmpty() ? "" : " · gateway " + n.gateway())
                + " · " + (n.external() ? "external (traffic enters or leaves here)" : "internal")
                + " · on " + n.target());
        head.setId(id + "-head");
        Grid<NetworkListing.Member> grid = new Grid<>(NetworkListing.Member.class, false);
        grid.setId(id);
        grid.addColumn(NetworkListing.Member::nf).setHeader("NF").setAutoWidth(true);
        grid.addColumn(NetworkListing.Member::cp).setHeader("Connection point").setAutoWidth(true);
        grid.addColumn(NetworkListing.Member::interfaceName)
                .setHeader("Interface")
                .setAutoWidth(true);
        grid.addColumn(m -> m.addresses().isEmpty() ? "given by the platform" : String.join(", ", m.addresses()))
                .setHeader("Address")
                .setFlexGrow(3);
        grid.setItems(n.members());
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(head, grid);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }
}
