package io.chainline.console.chain.view;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import io.chainline.console.base.view.Confirm;
import io.chainline.console.base.view.UnsavedChanges;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.view.StateBadge;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainReadiness;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.chain.service.EditPreview;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.model.NsDescriptor;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The chain editor: VNFs, links, connections, the forwarding path and its classifier on the left; the picture and
 * everything that keeps the chain from publishing on the right, both redrawn after every edit. Drafts are edited;
 * published versions are read-only and changed through a new version, as in the VNF designer. The model is the
 * editor's only state: every part is drawn from it, and after a save it is read back from what was stored. Edits
 * that remove parts ask first and name everything that goes with them.
 */
@Route("chains/:id")
@PageTitle("Chain editor")
@RolesAllowed(Role.VIEWER_NAME)
public class ChainDesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, ChainDraft {

    private final ChainService chains;
    private final ChainExchange exchange;
    private final ChainPicture picture;
    private final CatalogService catalog;
    private final PnfCatalog pnfCatalog;
    private final DescriptorDiff diff;
    private final CurrentUser user;

    private ChainSummary summary;
    private NsDescriptor current;
    private boolean editable;
    private boolean dirty;
    private ChainPartsEditor parts;
    private PnfPartsEditor pnfParts;
    private PathEditor path;
    private ChainAddressingEditor addressing;
    private ChainActions actions;
    private final Div drawing = new Div();
    private final Paragraph verdict = new Paragraph();
    private final VerticalLayout problems = new VerticalLayout();
    private final Span unsaved = UnsavedChanges.badge("chain-unsaved");
    private final Paragraph refused = new Paragraph();

    public ChainDesignerView(
            ChainService chains,
            ChainExchange exchange,
            ChainPicture picture,
            CatalogService catalog,
            PnfCatalog pnfCatalog,
            DescriptorDiff diff,
            CurrentUser user) {
        this.pnfCatalog = pnfCatalog;
        this.chains = chains;
        this.exchange = exchange;
        this.picture = picture;
        this.catalog = catalog;
        this.diff = diff;
        this.user = user;
        setId("view-chain-designer");
        setSizeFull();
        drawing.setId("chain-picture");
        drawing.getStyle().set("overflow", "auto").set("max-width", "100%");
        verdict.setId("chain-verdict");
        problems.setId("chain-problems");
        problems.setPadding(false);
        refused.setId("chain-edit-refused");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(ChainDesignerView::uuid);
        if (id.isEmpty()) {
            event.forwardTo(ChainsView.class);
            return;
        }
        load(id.get());
    }

    void load(UUID id) {
        removeAll();
        ChainService.ChainVersion version = chains.get(id);
        summary = version.summary();
        current = version.descriptor();
        dirty = false;
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        editable = operator && summary.state() == DescriptorState.DRAFT;
        parts = new ChainPartsEditor(this, catalog);
        pnfParts = new PnfPartsEditor(this, pnfCatalog);
        path = new PathEditor(this);
        addressing = new ChainAddressingEditor(this);
        H2 title = new H2(summary.name() + " " + summary.nsVersion());
        title.setId("chain-title");
        HorizontalLayout header = new HorizontalLayout(title, new StateBadge(summary.state()), unsaved);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions = new ChainActions(this, chains, exchange, diff);
        refused.setVisible(false);
        VerticalLayout left = new VerticalLayout(refused, parts, pnfParts, addressing, path);
        left.setPadding(false);
        VerticalLayout right = new VerticalLayout(new H3("Picture"), drawing, verdict, problems);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(new Scroller(left), new Scroller(right));
        split.setSizeFull();
        split.setSplitterPosition(50);
        add(header, actions.buttons(summary, operator, editable), split);
        refresh();
    }

    @Override
    public NsDescriptor current() {
        return current;
    }

    @Override
    public boolean editable() {
        return editable;
    }

    @Override
    public void edit(UnaryOperator<NsDescriptor> change) {
        if (!editable) {
            return;
        }
        try {
            NsDescriptor next = change.apply(current);
            refused.setVisible(false);
            dirty |= !next.equals(current);
            current = next;
        } catch (IllegalArgumentException refusal) {
            refuse(refusal);
        }
        refresh();
    }

    @Override
    public void remove(String title, String consequence, String verb, Function<NsDescriptor, EditPreview> preview) {
        if (!editable) {
            return;
        }
        EditPreview planned;
        try {
            planned = preview.apply(current);
        } catch (IllegalArgumentException refusal) {
            refuse(refusal);
            refresh();
            return;
        }
        // applied to the model as it is when confirmed; the list named what goes from the model as it was asked on.
        // Once only: the confirm button's click and the dialog's own confirm event may both arrive.
        AtomicBoolean done = new AtomicBoolean();
        Runnable apply = () -> {
            if (done.compareAndSet(false, true)) {
                edit(ns -> preview.apply(ns).result());
            }
        };
        ConfirmDialog dialog = Confirm.destructive(title, consequence, planned.alsoRemoved(), verb, apply);
        dialog.addConfirmListener(e -> apply.run());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh(); // a cancelled choice (a select set to "not connected") shows the model again
            }
        });
    }

    @Override
    public void keep(String title, String verb, Function<NsDescriptor, EditPreview> preview) {
        EditPreview planned;
        try {
            planned = preview.apply(current);
        } catch (IllegalArgumentException refusal) {
            refuse(refusal);
            refresh();
            return;
        }
        if (planned.dropsSomething()) {
            remove(title, "This change cannot keep everything that depends on it.", verb, preview);
        } else {
            edit(ns -> preview.apply(ns).result());
        }
    }

    /** Leaving with unsaved edits asks first: navigating away used to drop them without a word. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!editable || !dirty) {
            return;
        }
        UnsavedChanges.confirmLeave(event, summary.name() + " " + summary.nsVersion(), () -> dirty = false);
    }

    /** Stores the edited draft (naming the version it was loaded at), reads it back, and returns the lock version. */
    long save() {
        if (editable && dirty) {
            summary = chains.saveDraft(summary.id(), summary.version(), current, actor());
            current = chains.get(summary.id()).descriptor();
            dirty = false;
            Notification.show(
                            "Saved " + summary.name() + " " + summary.nsVersion(),
                            3000,
                            Notification.Position.BOTTOM_END)
                    .setId("chain-saved");
            refresh();
        }
        return summary.version();
    }

    /** Whether the chain as edited may be published: the same rule the service applies when publishing. */
    ChainReadiness readiness() {
        return chains.readiness(current);
    }

    void reload() {
        load(summary.id());
    }

    long version() {
        return summary.version();
    }

    String actor() {
        return user.username().orElseThrow();
    }

    private void refresh() {
        UnsavedChanges.show(unsaved, dirty);
        parts.refresh();
        pnfParts.refresh();
        addressing.refresh();
        path.refresh();
        drawing.removeAll();
        drawing.add(new Html("<div>" + picture.draw(current).svg() + "</div>"));
        ChainReadiness readiness = readiness();
        actions.readiness(readiness);
        verdict.setText(
                summary.state() == DescriptorState.DRAFT
                        ? readiness.verdict()
                        : StateBadge.label(summary.state()) + ": this version never changes; create a new version"
                                + " to edit it.");
        verdict.getElement().setAttribute("data-publishable", String.valueOf(readiness.publishable()));
        problems.removeAll();
        readiness.findings().forEach(f -> {
            Paragraph finding = new Paragraph((f.error() ? "Error " : "Warning ") + f.describe());
            finding.getElement().setAttribute("data-code", f.code());
            problems.add(finding);
        });
    }

    private void refuse(IllegalArgumentException refusal) {
        refused.setText(refusal.getMessage());
        refused.setVisible(true);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
