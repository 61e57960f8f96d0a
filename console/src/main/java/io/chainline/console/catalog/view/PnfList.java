package io.chainline.console.catalog.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.PnfSummary;
import java.util.List;
import java.util.UUID;

/**
 * The catalog's physical network functions under the VNFs: each PNFD's identity and external connection points.
 * They are imported (Import…), never designed here; a row opens the PNFD.
 */
final class PnfList extends VerticalLayout {

    private final Grid<PnfSummary> grid = new Grid<>(PnfSummary.class, false);
    private final Paragraph none = new Paragraph("No PNF descriptors yet: import a PNFD (YAML or CSAR) with Import…");
    private final PnfCatalog pnfs;

    PnfList(PnfCatalog pnfs) {
        this.pnfs = pnfs;
        setId("catalog-pnfs");
        setPadding(false);
        H3 title = new H3("Physical network functions");
        grid.setId("catalog-pnf-grid");
        grid.addColumn(PnfSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(PnfSummary::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(PnfSummary::descriptorVersion).setHeader("Version");
        grid.addColumn(PnfSummary::descriptorId).setHeader("Descriptor id").setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.extCps()))
                .setHeader("External connection points")
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        none.setId("catalog-pnfs-none");
        add(title, none, grid);
        refresh();
    }

    /** Reads the list again: after an import stored a PNFD, it is listed without reloading the page. */
    void refresh() {
        List<PnfSummary> all = pnfs.all();
        grid.setItems(all);
        none.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }

    static void open(UUID id) {
        UI.getCurrent().navigate(PnfView.class, new RouteParameters("id", id.toString()));
    }
}
