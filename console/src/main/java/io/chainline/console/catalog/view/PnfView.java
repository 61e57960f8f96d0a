package io.chainline.console.catalog.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.catalog.service.ImportRecords;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.model.ExtCp;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One PNFD: what it is (identity, location) and where NS links reach it (its external connection points). */
@Route("catalog/pnfs/:id")
@PageTitle("PNF descriptor")
@RolesAllowed(Role.VIEWER_NAME)
public class PnfView extends VerticalLayout implements BeforeEnterObserver {

    private final PnfCatalog pnfs;
    private final ImportRecords imports;
    private final CurrentUser user;
    private final Paragraph error = new Paragraph();

    public PnfView(PnfCatalog pnfs, ImportRecords imports, CurrentUser user) {
        this.pnfs = pnfs;
        this.imports = imports;
        this.user = user;
        setId("view-pnf");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(pnfs.get(UUID.fromString(event.getRouteParameters().get("id").orElseThrow())));
        } catch (ChainlineException | IllegalArgumentException e) {
            add(new H2("PNF descriptor"), new Paragraph("This PNF descriptor does not exist (any more)."));
        }
    }

    private void show(PnfCatalog.PnfVersion pnf) {
        var id = pnf.descriptor().identity();
        H2 title = new H2(id.name() + " " + id.version());
        title.setId("pnf-title");
        Paragraph identity = new Paragraph("Physical network function by " + id.provider() + ": "
                + id.functionDescription() + ". Descriptor " + id.descriptorId() + " (invariant " + id.invariantId()
                + "), node type " + id.nodeType() + ". Chainline does not deploy it; chains reach it on NS links.");
        identity.setId("pnf-identity");
        Paragraph location = new Paragraph(
                "Location: " + pnf.descriptor().geographicalLocation().orElse("not given"));
        location.setId("pnf-location");
        Grid<ExtCp> cps = new Grid<>(ExtCp.class, false);
        cps.setId("pnf-ext-cps");
        cps.addColumn(ExtCp::node).setHeader("External connection point").setAutoWidth(true);
        cps.addColumn(cp -> String.join(", ", cp.layerProtocols())).setHeader("Layer protocols");
        cps.addColumn(cp -> cp.addressing()
                        .map(a -> a.fixedAddresses().isEmpty()
                                ? a.numberOfAddresses() + " address(es), assigned by the box"
                                : String.join(", ", a.fixedAddresses()))
                        .orElse("—"))
                .setHeader("Addresses")
                .setFlexGrow(1);
        cps.setItems(pnf.descriptor().extCps());
        cps.setAllRowsVisible(true);
        error.setId("pnf-error");
        add(title);
        ImportReportPanel.of(imports.ofPnf(pnf.summary().id())).ifPresent(this::add);
        add(identity, location, cps, actions(pnf), error);
    }

    private HorizontalLayout actions(PnfCatalog.PnfVersion pnf) {
        UUID id = pnf.summary().id();
        Anchor yaml = download("Download YAML", "pnf-download-yaml", DownloadHandler.fromInputStream(event -> {
            var written = pnfs.exportYaml(id).written().orElseThrow();
            byte[] bytes = written.files().get(written.entry()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), written.entry(), "application/yaml", bytes.length);
        }));
        Anchor csar = download("Download CSAR", "pnf-download-csar", DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pnfs.exportCsar(id);
            String name =
                    (pnf.summary().name() + "-" + pnf.summary().descriptorVersion()).replaceAll("[^A-Za-z0-9._-]", "_")
                            + ".csar";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/zip", bytes.length);
        }));
        Button delete = new Button("Delete…", e -> confirmDelete(pnf));
        delete.setId("pnf-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        delete.setEnabled(operator);
        if (!operator) {
            delete.setTooltipText("Only operators and administrators delete PNF descriptors.");
        }
        return new HorizontalLayout(yaml, csar, delete);
    }

    private void confirmDelete(PnfCatalog.PnfVersion pnf) {
        Confirm.destructive(
                "Delete " + pnf.summary().name() + " " + pnf.summary().descriptorVersion() + "?",
                "Removes this PNF descriptor from the catalog. Service chains can no longer add it; a chain that"
                        + " uses it keeps it from being deleted.",
                "Delete",
                () -> {
                    try {
                        pnfs.delete(
                                pnf.summary().id(),
                                pnf.summary().version(),
                                user.username().orElseThrow());
                        UI.getCurrent().navigate(CatalogView.class);
                    } catch (ChainlineException e) {
                        error.setText(e.getMessage());
                    }
                });
    }

    private static Anchor download(String label, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
