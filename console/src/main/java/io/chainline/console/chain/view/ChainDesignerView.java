package io.chainline.console.chain.view;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.view.StateBadge;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.NsDescriptor;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The chain editor: VNFs, links, connections, the forwarding path and its classifier on the left; the picture and
 * everything that keeps the chain from publishing on the right, both redrawn after every edit. Drafts are edited;
 * published versions are read-only and changed through a new version, as in the VNF designer.
 */
@Route("chains/:id")
@PageTitle("Chain editor")
@RolesAllowed(Role.VIEWER_NAME)
public class ChainDesignerView extends VerticalLayout implements BeforeEnterObserver, ChainDraft {

    private final ChainService chains;
    private final ChainExchange exchange;
    private final ChainPicture picture;
    private final CatalogService catalog;
    private final DescriptorDiff diff;
    private final CurrentUser user;

    private ChainSummary summary;
    private NsDescriptor current;
    private boolean editable;
    private boolean dirty;
    private ChainPartsEditor parts;
    private PathEditor path;
    private final Div drawing = new Div();
    private final Paragraph verdict = new Paragraph();
    private final VerticalLayout problems = new VerticalLayout();
    private final Span unsaved = new Span("Unsaved changes");

    public ChainDesignerView(
            ChainService chains,
            ChainExchange exchange,
            ChainPicture picture,
            CatalogService catalog,
            DescriptorDiff diff,
            CurrentUser user) {
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
        unsaved.setId("chain-unsaved");
        unsaved.getElement().getThemeList().add("badge contrast");
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
        path = new PathEditor(this);
        H2 title = new H2(summary.name() + " " + summary.nsVersion());
        title.setId("chain-title");
        HorizontalLayout header = new HorizontalLayout(title, new StateBadge(summary.state()), unsaved);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        ChainActions actions = new ChainActions(this, chains, exchange, diff, user);
        VerticalLayout left = new VerticalLayout(parts, path);
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
            current = change.apply(current);
            dirty = true;
        } catch (IllegalArgumentException refused) {
            Notification note = Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.WARNING);
            note.setId("chain-edit-refused");
        }
        refresh();
    }

    /** Stores the edited draft (naming the version it was loaded at) and returns the new lock version. */
    long save() {
        if (editable && dirty) {
            summary = chains.saveDraft(summary.id(), summary.version(), current, actor());
            dirty = false;
            unsaved.setVisible(false);
            Notification.show(
                            "Saved " + summary.name() + " " + summary.nsVersion(),
                            3000,
                            Notification.Position.BOTTOM_END)
                    .setId("chain-saved");
        }
        return summary.version();
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
        unsaved.setVisible(dirty);
        parts.refresh();
        path.refresh();
        drawing.removeAll();
        drawing.add(new Html("<div>" + picture.draw(current).svg() + "</div>"));
        List<Issue> found = chains.problems(current);
        long errors = found.stream().filter(Issue::isError).count();
        verdict.setText(errors == 0 ? "Ready to publish" : errors + " problem(s) keep it from publishing:");
        problems.removeAll();
        found.forEach(p -> problems.add(new Paragraph(p.code().code() + " at " + p.path() + ": " + p.message())));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
