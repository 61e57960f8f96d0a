package io.chainline.console.catalog.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.Publishability;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.security.view.CurrentUser;
import java.util.List;
import java.util.UUID;

/** The VNF designer's lifecycle buttons: the shared {@link DesignActionsBar}, doing it the catalog's way. */
final class DesignerActions implements DesignActionsBar.Design<VnfSummary> {

    private static final DesignActionsBar.Words WORDS = new DesignActionsBar.Words(
            "designer",
            "Descriptor version",
            "Clone as product",
            "New product name",
            "The version is removed from the catalog. Versions that service chains or deployments use are kept.");

    private final VnfDesignerView view;
    private final CatalogService catalog;
    private final DescriptorDiff diff;
    private final CurrentUser user;
    private final DesignActionsBar<VnfSummary> bar = new DesignActionsBar<>(WORDS, this);

    DesignerActions(VnfDesignerView view, CatalogService catalog, DescriptorDiff diff, CurrentUser user) {
        this.view = view;
        this.catalog = catalog;
        this.diff = diff;
        this.user = user;
    }

    HorizontalLayout buttons(VnfSummary summary, boolean operator, boolean editable) {
        return bar.buttons(summary, operator, editable);
    }

    /** Publish follows the one rule: disabled while the design has an error, saying which. */
    void show(Publishability verdict) {
        bar.publishable(
                verdict.publishable(),
                verdict.publishable() ? "Save and publish; it never changes after" : verdict.blockedBecause());
    }

    @Override
    public String name(VnfSummary summary) {
        return summary.productName();
    }

    @Override
    public String version(VnfSummary summary) {
        return summary.descriptorVersion();
    }

    @Override
    public DescriptorState state(VnfSummary summary) {
        return summary.state();
    }

    @Override
    public long save() {
        return view.save();
    }

    @Override
    public long readVersion() {
        return view.version();
    }

    /** The catalog's publish refuses an invalid draft itself, with its findings; the button says so beforehand. */
    @Override
    public boolean mayPublish() {
        return true;
    }

    @Override
    public void publish(VnfSummary summary, long version) {
        catalog.publish(summary.id(), version, actor());
    }

    @Override
    public UUID newVersion(VnfSummary summary, String version) {
        return catalog.newVersion(summary.id(), version, actor()).id();
    }

    @Override
    public UUID cloneAs(VnfSummary summary, String name) {
        return catalog.cloneAsProduct(summary.id(), name, actor()).id();
    }

    @Override
    public void deprecate(VnfSummary summary, long version) {
        catalog.deprecate(summary.id(), version, actor());
    }

    @Override
    public void delete(VnfSummary summary, long version) {
        catalog.delete(summary.id(), version, actor());
    }

    @Override
    public List<VnfSummary> otherVersions(VnfSummary summary) {
        return catalog.versionsOf(summary.id()).stream()
                .filter(v -> !v.id().equals(summary.id()))
                .toList();
    }

    @Override
    public List<DescriptorDiff.Change> diff(VnfSummary from, VnfSummary to) {
        return diff.between(from.id(), to.id());
    }

    @Override
    public void reload() {
        view.reload();
    }

    @Override
    public void open(UUID id) {
        UI.getCurrent().navigate(VnfDesignerView.class, new RouteParameters("id", id.toString()));
    }

    @Override
    public void backToList() {
        view.forgetEdits(); // only after a delete: the draft is gone, its edits with it
        UI.getCurrent().navigate(CatalogView.class);
    }

    private String actor() {
        return user.username().orElseThrow();
    }
}
