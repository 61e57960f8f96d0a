package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.DesignCheck;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.ToscaEngines;
import io.chainline.console.catalog.service.VnfVersion;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VnfDescriptor;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The VNF designer: a form per part on the left, the SOL001 YAML it produces and every issue on the right, both
 * recomputed as the designer types. Drafts are edited; published versions are read-only and edited through a new
 * version.
 */
@Route("catalog/:id")
@PageTitle("VNF designer")
@RolesAllowed(Role.VIEWER_NAME)
public class VnfDesignerView extends VerticalLayout implements BeforeEnterObserver {

    private final CatalogService catalog;
    private final CatalogExchange exchange;
    private final DesignCheck check;
    private final ImageService images;
    private final ToscaEngines engines;
    private final DescriptorDiff diff;
    private final CurrentUser user;

    private VnfVersion loaded;
    private long version;
    private IdentityForm identity;
    private ConnectivityEditor connectivity;
    private final List<VduEditor> vdus = new ArrayList<>();
    private final VerticalLayout vduList = new VerticalLayout();
    private final Pre yaml = new Pre();
    private final Grid<DesignIssue> issues = new Grid<>(DesignIssue.class, false);
    private final Span issueCount = new Span();
    private boolean editable;
    private int nextEditor;

    public VnfDesignerView(
            CatalogService catalog,
            CatalogExchange exchange,
            DesignCheck check,
            ImageService images,
            ToscaEngines engines,
            DescriptorDiff diff,
            CurrentUser user) {
        this.catalog = catalog;
        this.exchange = exchange;
        this.check = check;
        this.images = images;
        this.engines = engines;
        this.diff = diff;
        this.user = user;
        setId("view-designer");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(VnfDesignerView::uuid);
        if (id.isEmpty()) {
            event.forwardTo(CatalogView.class);
            return;
        }
        load(id.get());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void load(UUID id) {
        connectivity = null; // no refresh while the new form is being built
        removeAll();
        vdus.clear();
        vduList.removeAll();
        loaded = catalog.get(id);
        version = loaded.summary().version();
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        editable = operator && loaded.summary().state() == DescriptorState.DRAFT;
        identity = new IdentityForm(loaded.descriptor().identity(), this::refresh);
        identity.setReadOnly(!editable);
        Flavour flavour = loaded.descriptor().flavours().isEmpty()
                ? DemoDescriptors.flavour(List.of(), List.of(), List.of())
                : loaded.descriptor().flavours().getFirst();
        flavour.vdus().forEach(this::addEditor);
        connectivity = new ConnectivityEditor(
                flavour.virtualLinks(),
                flavour.cps(),
                flavour.scalingAspects(),
                () -> vdus.stream().map(VduEditor::node).toList(),
                this::refresh);
        connectivity.setReadOnly(!editable);
        add(header(operator), body(flavour));
        refresh();
    }

    private HorizontalLayout header(boolean operator) {
        H2 title =
                new H2(loaded.summary().productName() + " " + loaded.summary().descriptorVersion());
        title.setId("designer-title");
        StateBadge state = new StateBadge(loaded.summary().state());
        state.setId("designer-state");
        HorizontalLayout actions =
                new DesignerActions(this, catalog, diff, user).buttons(loaded.summary(), operator, editable);
        Anchor yamlDownload = download("Download YAML", "designer-download-yaml", false);
        Anchor csarDownload = download("Download CSAR", "designer-download-csar", true);
        HorizontalLayout header = new HorizontalLayout(title, state, actions, yamlDownload, csarDownload);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true);
        return header;
    }

    private Anchor download(String label, String id, boolean csar) {
        UUID catalogId = loaded.summary().id();
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes;
                    String name;
                    if (csar) {
                        bytes = exchange.exportCsar(catalogId, Sol001Edition.DEFAULT);
                        name = (loaded.summary().productName() + "-"
                                                + loaded.summary().descriptorVersion())
                                        .replaceAll("[^A-Za-z0-9._-]", "_")
                                + ".csar";
                    } else {
                        var written = exchange.exportYaml(catalogId, Sol001Edition.DEFAULT)
                                .written()
                                .orElseThrow();
                        bytes = written.files().entrySet().stream()
                                .map(f -> written.files().size() > 1
                                        ? "# --- " + f.getKey() + "\n" + f.getValue()
                                        : f.getValue())
                                .collect(Collectors.joining("\n"))
                                .getBytes(StandardCharsets.UTF_8);
                        name = written.entry();
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            csar ? "application/zip" : "application/yaml",
                            bytes.length);
                }),
                label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private SplitLayout body(Flavour flavour) {
        vduList.setPadding(false);
        vduList.setId("designer-vdus");
        Button addContainer = new Button("Add container VDU", e -> {
            addEditor(new ContainerVdu(
                    "vdu" + (vdus.size() + 1),
                    "vdu" + (vdus.size() + 1),
                    "",
                    new VduProfile(1, 1),
                    "",
                    "Deployment",
                    List.of(DemoDescriptors.container(
                            "main", io.chainline.tosca.model.SwImage.container(""), 250, 128L << 20)),
                    List.of(),
                    VduExtensions.NONE));
            refresh();
        });
        addContainer.setId("designer-add-container-vdu");
        Button addVm = new Button("Add VM VDU", e -> {
            addEditor(new ComputeVdu(
                    "vm" + (vdus.size() + 1),
                    "vm" + (vdus.size() + 1),
                    "",
                    VduProfile.ONE,
                    2,
                    2048L << 20,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    VduExtensions.NONE));
            refresh();
        });
        addVm.setId("designer-add-vm-vdu");
        HorizontalLayout add = new HorizontalLayout(addContainer, addVm);
        add.setVisible(editable);
        Span preserved = new Span(summaryOfOtherParts(flavour));
        preserved.addClassName("designer-preserved");
        VerticalLayout form = new VerticalLayout(
                new H3("Identity"), identity, new H3("VDUs"), vduList, add, connectivity.component(), preserved);
        issues.setId("designer-issues");
        issues.addColumn(DesignIssue::code).setHeader("Code").setAutoWidth(true);
        issues.addColumn(i -> i.node().isEmpty() ? i.path() : i.node())
                .setHeader("Where")
                .setAutoWidth(true);
        issues.addColumn(DesignIssue::message).setHeader("What to do").setFlexGrow(1);
        issues.setAllRowsVisible(true);
        yaml.setId("designer-yaml");
        yaml.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("overflow", "auto");
        issueCount.setId("designer-issue-count");
        VerticalLayout right =
                new VerticalLayout(new H3("Issues"), issueCount, issues, new H3("SOL001 (v4.4.1)"), yaml);
        // each side scrolls on its own, so the YAML stays in view while the form is long
        Scroller formScroller = new Scroller(form);
        formScroller.setSizeFull();
        Scroller rightScroller = new Scroller(right);
        rightScroller.setSizeFull();
        SplitLayout split = new SplitLayout(formScroller, rightScroller);
        split.setSizeFull();
        split.setSplitterPosition(55);
        return split;
    }

    private static String summaryOfOtherParts(Flavour flavour) {
        return "Kept as designed: " + flavour.cps().size() + " connection point(s), "
                + flavour.virtualLinks().size()
                + " virtual link(s), " + flavour.scalingAspects().size() + " scaling aspect(s), "
                + flavour.levels().size() + " instantiation level(s), "
                + flavour.placementRules().size()
                + " placement rule(s).";
    }

    private void addEditor(Vdu vdu) {
        String id = "vdu-" + nextEditor++;
        VduEditor[] self = new VduEditor[1];
        Runnable remove = () -> {
            vdus.remove(self[0]);
            vduList.remove(self[0].component());
            refresh();
        };
        self[0] = switch (vdu) {
            case ContainerVdu unit -> new ContainerVduEditor(id, unit, images, this::refresh, remove);
            case ComputeVdu compute -> new ComputeVduEditor(id, compute, this::refresh, remove);
        };
        self[0].setReadOnly(!editable);
        vdus.add(self[0]);
        vduList.add(self[0].component());
    }

    /** The descriptor the form describes: the first flavour's VDUs from the editors, everything else as loaded. */
    VnfDescriptor current() {
        List<Flavour> flavours = new ArrayList<>(loaded.descriptor().flavours());
        Flavour first =
                flavours.isEmpty() ? DemoDescriptors.flavour(List.of(), List.of(), List.of()) : flavours.removeFirst();
        Flavour edited = new Flavour(
                first.id(),
                first.description(),
                vdus.stream().map(VduEditor::vdu).toList(),
                first.storages(),
                first.cps(),
                first.virtualLinks(),
                first.extCps(),
                first.exposed(),
                first.scalingAspects(),
                first.initialDeltas(),
                first.levels(),
                first.defaultLevel(),
                first.placementGroups(),
                first.placementRules(),
                first.lcmOperations());
        flavours.addFirst(edited);
        return new VnfDescriptor(identity.identity(), flavours);
    }

    private void refresh() {
        if (connectivity == null) {
            return; // still building the form
        }
        connectivity.refreshChoices();
        VnfDescriptor descriptor = current();
        List<DesignIssue> found = check.check(descriptor);
        issues.setItems(found);
        long errors = found.stream().filter(DesignIssue::error).count();
        issueCount.setText(
                found.isEmpty() ? "No issues" : errors + " error(s), " + (found.size() - errors) + " warning(s)");
        issueCount.getElement().setAttribute("data-errors", String.valueOf(errors));
        identity.show(found);
        vdus.forEach(v -> v.show(found));
        yaml.setText(engines.engine()
                .export(descriptor, Sol001Edition.DEFAULT)
                .written()
                .map(w -> w.files().entrySet().stream()
                        .map(f -> w.files().size() > 1 ? "# --- " + f.getKey() + "\n" + f.getValue() : f.getValue())
                        .collect(Collectors.joining("\n")))
                .orElse(""));
    }

    /** Saves the form into the draft (before publishing, too); returns the new lock version. */
    long save() {
        var saved = catalog.saveDraft(
                loaded.summary().id(), version, current(), user.username().orElseThrow());
        version = saved.version();
        Notification.show(
                "Saved " + saved.productName() + " " + saved.descriptorVersion(),
                3000,
                Notification.Position.BOTTOM_START);
        return version;
    }

    long version() {
        return version;
    }

    void reload() {
        load(loaded.summary().id());
    }
}
