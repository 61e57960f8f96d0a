package io.chainline.console.chain.view;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainReadiness;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Service chains: the list, and for the chosen one its picture (laid out on the server, ADR 10), what keeps it from
 * publishing, and its SOL001, CSAR and SVG downloads. Chains are built in the chain editor or imported as NSDs
 * (SOL001 YAML, CSAR or Tacker VNFFGD).
 */
@Route("chains")
@PageTitle("Service chains")
@Menu(order = 20, icon = "vaadin:connect", title = "Service chains")
@RolesAllowed(Role.VIEWER_NAME)
public class ChainsView extends VerticalLayout {

    private final ChainService chains;
    private final ChainExchange exchange;
    private final ChainPicture picture;
    private final CurrentUser user;
    private final Grid<ChainSummary> grid = new Grid<>(ChainSummary.class, false);
    private final VerticalLayout detail = new VerticalLayout();
    private final EmptyState empty = new EmptyState(
            "No service chains yet",
            "A service chain is a network service: published VNFs joined by virtual links, with forwarding graphs that"
                    + " steer traffic through them, such as classifier, firewall, router, VPN.",
            List.of(
                    "Network service descriptors (SOL001 NSD) built from published VNF versions",
                    "Forwarding graphs with ordered paths and classifier rules, drawn as a picture",
                    "Import and export as SOL001 YAML or CSAR; Tacker's legacy VNFFG descriptors are read too"));

    public ChainsView(ChainService chains, ChainExchange exchange, ChainPicture picture, CurrentUser user) {
        this.chains = chains;
        this.exchange = exchange;
        this.picture = picture;
        this.user = user;
        setId("view-chains");
        setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout();
        if (user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false)) {
            Button importButton = new Button("Import NSD…", e -> importDialog());
            importButton.setId("chains-import");
            Button create = new Button("New chain…", e -> newChainDialog());
            create.setId("chains-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create, importButton);
        }
        grid.setId("chains-grid");
        grid.addColumn(ChainSummary::name).setHeader("Service").setAutoWidth(true);
        grid.addColumn(ChainSummary::designer).setHeader("Designer").setAutoWidth(true);
        grid.addColumn(ChainSummary::nsVersion).setHeader("Version");
        grid.addColumn(s -> s.state().name().toLowerCase()).setHeader("State");
        grid.addColumn(ChainSummary::vnfCount).setHeader("VNFs");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.addItemDoubleClickListener(e -> open(e.getItem().id()));
        detail.setId("chain-detail");
        detail.setPadding(false);
        add(toolbar, empty, grid, detail);
        refresh();
    }

    private void refresh() {
        List<ChainSummary> all = chains.list();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }

    private void show(ChainSummary summary) {
        detail.removeAll();
        if (summary == null) {
            return;
        }
        var version = chains.get(summary.id());
        String svg = picture.draw(version.descriptor()).svg();
        Div drawing = new Div(new Html("<div>" + svg + "</div>"));
        drawing.setId("chain-picture");
        drawing.getStyle().set("overflow", "auto").set("max-width", "100%");
        ChainReadiness readiness = chains.readiness(version.descriptor());
        Paragraph verdict = new Paragraph(
                summary.state() == io.chainline.console.catalog.domain.DescriptorState.DRAFT
                        ? readiness.verdict()
                        : io.chainline.console.catalog.view.StateBadge.label(summary.state())
                                + ": this version never changes.");
        verdict.setId("chain-verdict");
        VerticalLayout list = new VerticalLayout();
        list.setId("chain-problems");
        list.setPadding(false);
        readiness.findings().forEach(f -> list.add(new Paragraph((f.error() ? "Error " : "Warning ") + f.describe())));
        detail.add(new H3(summary.name() + " " + summary.nsVersion()), drawing, actions(summary, svg), verdict, list);
    }

    /** Open (Edit, for a draft) and the three downloads: the picture shown, the SOL001 YAML, the CSAR. */
    private HorizontalLayout actions(ChainSummary summary, String svg) {
        Anchor svgDownload = ChainDownloads.anchor(
                "Download SVG",
                "chain-download-svg",
                ChainDownloads.fileName(summary, ".svg"),
                "image/svg+xml",
                () -> svg.getBytes(StandardCharsets.UTF_8));
        Anchor yamlDownload = ChainDownloads.anchor(
                "Download SOL001",
                "chain-download-yaml",
                ChainDownloads.fileName(summary, ".yaml"),
                "application/yaml",
                () -> ChainDownloads.yaml(exchange, summary.id()).getBytes(StandardCharsets.UTF_8));
        Anchor csarDownload = ChainDownloads.anchor(
                "Download CSAR",
                "chain-download-csar",
                ChainDownloads.fileName(summary, ".csar"),
                "application/zip",
                () -> exchange.exportCsar(summary.id()));
        Button edit = new Button(
                summary.state() == io.chainline.console.catalog.domain.DescriptorState.DRAFT ? "Edit" : "Open",
                e -> open(summary.id()));
        edit.setId("chain-open");
        return new HorizontalLayout(edit, svgDownload, yamlDownload, csarDownload);
    }

    private static void open(java.util.UUID id) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(ChainDesignerView.class, new com.vaadin.flow.router.RouteParameters("id", id.toString()));
    }

    private void newChainDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New service chain");
        com.vaadin.flow.component.textfield.TextField name =
                new com.vaadin.flow.component.textfield.TextField("Service name");
        name.setId("chains-new-name");
        com.vaadin.flow.component.textfield.TextField designer =
                new com.vaadin.flow.component.textfield.TextField("Designer");
        designer.setId("chains-new-designer");
        designer.setValue("Example Networks");
        Button ok = new Button("Create", e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Name the service, for example vCPE for ACME.");
                return;
            }
            ChainSummary created = chains.createDraft(
                    io.chainline.console.chain.service.ChainEdits.blank(
                            name.getValue(), designer.getValue().trim()),
                    user.username().orElseThrow());
            dialog.close();
            open(created.id());
        });
        ok.setId("chains-new-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, designer));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private void importDialog() {
        new ChainImportDialog(exchange, user, id -> {
                    refresh();
                    grid.select(chains.list().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .orElse(null));
                })
                .open();
    }
}
