package io.chainline.console.catalog.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("catalog")
@PageTitle("Catalog")
@Menu(order = 10, icon = "vaadin:package", title = "Catalog")
@RolesAllowed("VIEWER")
public class CatalogView extends VerticalLayout {

    public CatalogView() {
        setId("view-catalog");
        add(new EmptyState(
                "No VNF descriptors yet",
                "The catalog holds the network functions you can deploy: ETSI SOL001 VNF descriptors, designed here or imported from vendors' SOL004 packages.",
                List.of(
                        "Containerised and VM-based VNFs with their VDUs, images, connection points, virtual links and scaling levels",
                        "Live validation with the same issue codes as the TOSCA engine, next to the field they concern",
                        "Each image resolved to a digest, with the CPU architectures (amd64, arm64) it supports",
                        "Draft, published and deprecated versions; import and export as SOL001 YAML or CSAR")));
    }
}
