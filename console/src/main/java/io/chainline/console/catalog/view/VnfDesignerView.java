package io.chainline.console.catalog.view;

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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.connector.api.Platform;
import io.chainline.console.base.view.UnsavedChanges;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.DesignCheck;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.ImportRecords;
import io.chainline.console.catalog.service.Publishability;
import io.chainline.console.catalog.service.TargetFit;
import io.chainline.console.catalog.service.ToscaEngines;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.console.catalog.service.VnfVersion;
import io.chainline.console.fleet.service.ConnectorRegistry;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The VNF designer: a form per part on the left, the SOL001 YAML it produces and every issue on the right, both
 * recomputed as the designer types. The forms edit one model ({@link Design}); the YAML, the issues, Save and Publish
 * all read that model, so nothing shown is lost on save. Drafts are edited; published versions are read-only and
 * edited through a new version.
 */
@Route("catalog/:id")
@PageTitle("VNF designer")
@RolesAllowed(Role.VIEWER_NAME)
public class VnfDesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final CatalogService catalog;
    private final CatalogExchange exchange;
    private final DesignCheck check;
    private final ImageService images;
    private final ToscaEngines engines;
    private final DescriptorDiff diff;
    private final CurrentUser user;
    private final List<Platform> platforms;
    private final ImportRecords imports;

    private VnfVersion loaded;
    private long version;
    private Design design;
    private IdentityForm identity;
    private VduSection vdus;
    private ConnectivityEditor connectivity;
    private ScalingEditor scaling;
    private DesignerActions actions;
    private final Pre yaml = new Pre();
    private final IssuesPanel issues = new IssuesPanel();
    private final Span preserved = new Span();
    private final Span unsaved = UnsavedChanges.badge("designer-unsaved");
    /** The model as last saved (or loaded): the form differs from it while there are unsaved changes. */
    private VnfDescriptor saved;

    public VnfDesignerView(
            CatalogService catalog,
            CatalogExchange exchange,
            DesignCheck check,
            ImageService images,
            ToscaEngines engines,
            DescriptorDiff diff,
            CurrentUser user,
            ConnectorRegistry connectors,
            ImportRecords imports) {
        this.catalog = catalog;
        this.exchange = exchange;
        this.check = check;
        this.images = images;
        this.engines = engines;
        this.diff = diff;
        this.user = user;
        this.platforms = connectors.platforms();
        this.imports = imports;
        setId("view-designer");
        setSizeFull();
        yaml.setId("designer-yaml");
        yaml.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("overflow", "auto");
        preserved.addClassName("designer-preserved");
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
        removeAll();
        loaded = catalog.get(id);
        version = loaded.summary().version();
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        boolean editable = operator && loaded.summary().state() == DescriptorState.DRAFT;
        design = new Design(loaded.descriptor(), editable, this::refresh);
        saved = design.get();
        identity = new IdentityForm(design);
        vdus = new VduSection(design, images, design::reshaped);
        connectivity = new ConnectivityEditor(design);
        scaling = new ScalingEditor(design);
        design.onReshape(connectivity::render);
        design.onReshape(scaling::render);
        actions = new DesignerActions(this, catalog, diff, user);
        add(header(operator, editable));
        ImportReportPanel.of(imports.ofVnf(id)).ifPresent(this::add);
        add(body());
        refresh();
    }

    private HorizontalLayout header(boolean operator, boolean editable) {
        H2 title =
                new H2(loaded.summary().productName() + " " + loaded.summary().descriptorVersion());
        title.setId("designer-title");
        StateBadge state = new StateBadge(loaded.summary().state());
        state.setId("designer-state");
        HorizontalLayout header = new HorizontalLayout(
                title,
                state,
                unsaved,
                actions.buttons(loaded.summary(), operator, editable),
                DesignerDownloads.yaml(exchange, loaded.summary()),
                DesignerDownloads.csar(exchange, loaded.summary()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true);
        return header;
    }

    private SplitLayout body() {
        VerticalLayout form = new VerticalLayout(
                new H3("Identity"),
                identity,
                new H3("VDUs"),
                vdus,
                connectivity,
                new H3("Scaling"),
                new Span("Replicas per VDU are set above; aspects and levels here are for experts."),
                scaling,
                preserved);
        VerticalLayout right = new VerticalLayout(issues, new H3("SOL001 (v4.4.1)"), yaml);
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

    /** What the designer has no form for, counted so nobody wonders whether it survives a save (it does). */
    private static String summaryOfOtherParts(Flavour flavour) {
        return "Kept as designed (no form here): " + flavour.extCps().size() + " external connection point(s), "
                + flavour.storages().size() + " storage(s), "
                + flavour.placementRules().size()
                + " placement rule(s).";
    }

    /** The descriptor the designer shows: the model every form edits. */
    VnfDescriptor current() {
        return design.get();
    }

    /** Leaving with unsaved edits asks first: navigating away used to drop them without a word. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty()) {
            UnsavedChanges.confirmLeave(
                    event,
                    loaded.summary().productName() + " " + loaded.summary().descriptorVersion(),
                    this::forgetEdits);
        }
    }

    private boolean dirty() {
        return design != null && design.editable() && !design.get().equals(saved);
    }

    /** The edits are dropped on purpose (discarded on leaving, or the draft deleted): nothing left to ask about. */
    void forgetEdits() {
        saved = design.get();
        UnsavedChanges.show(unsaved, false);
    }

    private void refresh() {
        VnfDescriptor descriptor = current();
        UnsavedChanges.show(unsaved, dirty());
        Publishability verdict = check.publishability(descriptor);
        issues.show(
                verdict, TargetFit.of(descriptor, platforms), loaded.summary().state() == DescriptorState.DRAFT);
        actions.show(verdict);
        identity.show(verdict.issues());
        vdus.show(verdict.issues());
        connectivity.refreshChoices();
        preserved.setText(summaryOfOtherParts(VnfEdits.flavour(descriptor)));
        yaml.setText(engines.engine()
                .export(descriptor, Sol001Edition.DEFAULT)
                .written()
                .map(DesignerDownloads::text)
                .orElse(""));
    }

    /** Saves the model into the draft (before publishing, too); returns the new lock version. */
    long save() {
        var stored = catalog.saveDraft(
                loaded.summary().id(), version, current(), user.username().orElseThrow());
        version = stored.version();
        forgetEdits();
        Notification.show(
                "Saved " + stored.productName() + " " + stored.descriptorVersion(),
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
