package io.chainline.console.chain.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.view.DesignActionsBar;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainReadiness;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The chain editor's lifecycle buttons (the shared {@link DesignActionsBar}) and its downloads. */
final class ChainActions implements DesignActionsBar.Design<ChainSummary> {

    private static final DesignActionsBar.Words WORDS = new DesignActionsBar.Words(
            "chain",
            "Version",
            "Clone as service",
            "New service name",
            "The version is removed. The catalog VNFs it used stay as they are.");

    private final ChainDesignerView view;
    private final ChainService chains;
    private final ChainExchange exchange;
    private final DescriptorDiff diff;
    private final DesignActionsBar<ChainSummary> bar = new DesignActionsBar<>(WORDS, this);

    ChainActions(ChainDesignerView view, ChainService chains, ChainExchange exchange, DescriptorDiff diff) {
        this.view = view;
        this.chains = chains;
        this.exchange = exchange;
        this.diff = diff;
    }

    HorizontalLayout buttons(ChainSummary summary, boolean operator, boolean editable) {
        HorizontalLayout buttons = bar.buttons(summary, operator, editable);
        buttons.add(
                ChainDownloads.anchor(
                        "SOL001 YAML",
                        "chain-download-yaml",
                        ChainDownloads.fileName(summary, ".yaml"),
                        "application/yaml",
                        () -> ChainDownloads.yaml(exchange, summary.id()).getBytes(StandardCharsets.UTF_8)),
                ChainDownloads.anchor(
                        "CSAR",
                        "chain-download-csar",
                        ChainDownloads.fileName(summary, ".csar"),
                        "application/zip",
                        () -> exchange.exportCsar(summary.id())));
        return buttons;
    }

    /** The Publish button follows the one publish rule: disabled, naming the first blocking finding, until it holds. */
    void readiness(ChainReadiness readiness) {
        bar.publishable(
                readiness.publishable(),
                readiness
                        .blocking()
                        .map(f -> "Cannot publish yet: " + f.describe())
                        .orElse(null));
    }

    @Override
    public String name(ChainSummary summary) {
        return summary.name();
    }

    @Override
    public String version(ChainSummary summary) {
        return summary.nsVersion();
    }

    @Override
    public DescriptorState state(ChainSummary summary) {
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

    @Override
    public boolean mayPublish() {
        return view.readiness().publishable();
    }

    @Override
    public void publish(ChainSummary summary, long version) {
        chains.publish(summary.id(), version, view.actor());
    }

    @Override
    public UUID newVersion(ChainSummary summary, String version) {
        return chains.newVersion(summary.id(), version, view.actor()).id();
    }

    @Override
    public UUID cloneAs(ChainSummary summary, String name) {
        return chains.cloneAsService(summary.id(), name, view.actor()).id();
    }

    @Override
    public void deprecate(ChainSummary summary, long version) {
        chains.deprecate(summary.id(), version, view.actor());
    }

    @Override
    public void delete(ChainSummary summary, long version) {
        chains.delete(summary.id(), version, view.actor());
    }

    @Override
    public List<ChainSummary> otherVersions(ChainSummary summary) {
        return chains.list().stream()
                .filter(c -> c.name().equals(summary.name()) && !c.id().equals(summary.id()))
                .toList();
    }

    @Override
    public List<DescriptorDiff.Change> diff(ChainSummary from, ChainSummary to) {
        return diff.compare(
                chains.get(from.id()).descriptor(), chains.get(to.id()).descriptor());
    }

    @Override
    public void reload() {
        view.reload();
    }

    @Override
    public void open(UUID id) {
        UI.getCurrent().navigate(ChainDesignerView.class, new RouteParameters("id", id.toString()));
    }

    @Override
    public void backToList() {
        UI.getCurrent().navigate(ChainsView.class);
    }
}
