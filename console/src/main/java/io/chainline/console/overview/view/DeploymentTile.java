package io.chainline.console.overview.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.overview.service.NocSnapshot;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import io.chainline.console.overview.service.NocSnapshot.DeploymentStatus;
import java.util.List;
import java.util.Locale;

/** Deployments by condition, failed and degraded first, each with its worst alarm; and those that drifted. */
final class DeploymentTile {

    /** How many deployments the tile lists (the counts cover all). */
    static final int SHOWN = 10;

    private DeploymentTile() {}

    static Div of(NocSnapshot.Deployments deployments) {
        Div tile = Tiles.tile(
                "noc-deployments", "Deployments · " + deployments.all().size(), Links.DEPLOYMENTS);
        Div counts = new Div();
        counts.addClassName("noc-counts");
        for (Condition c : Condition.values()) {
            counts.add(Tiles.count(
                    "noc-deployments-" + c.name().toLowerCase(Locale.ROOT),
                    deployments.byCondition().getOrDefault(c, 0L),
                    c.label(),
                    Links.DEPLOYMENTS,
                    "cond-" + c.name().toLowerCase(Locale.ROOT)));
        }
        tile.add(counts);
        if (deployments.all().isEmpty()) {
            tile.add(Tiles.empty("noc-deployments-empty", "No deployments yet"));
            return tile;
        }
        tile.add(list("noc-deployment-list", deployments.all()));
        if (deployments.all().size() > SHOWN) {
            tile.add(Tiles.more("noc-deployments-more", deployments.all().size() - SHOWN, Links.DEPLOYMENTS));
        }
        return tile;
    }

    /** Deployments whose live resources differ from what they should run. */
    static Div drifted(NocSnapshot.Deployments deployments) {
        Div tile = Tiles.tile("noc-drift", "Drifted · " + deployments.drifted().size(), Links.DEPLOYMENTS);
        if (deployments.drifted().isEmpty()) {
            tile.add(Tiles.empty("noc-drift-empty", "No drift found"));
            return tile;
        }
        Div list = new Div();
        list.addClassName("noc-list");
        list.setId("noc-drift-list");
        deployments.drifted().stream()
                .limit(SHOWN)
                .forEach(d -> list.add(Tiles.row(
                        "noc-drift-" + d.line().id(),
                        link(d),
                        Tiles.text(
                                d.line().drifted() + (d.line().drifted() == 1 ? " resource" : " resources"),
                                "noc-where"))));
        tile.add(list);
        return tile;
    }

    private static Div list(String id, List<DeploymentStatus> all) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("noc-list");
        for (DeploymentStatus d : all.stream().limit(SHOWN).toList()) {
            Div row = Tiles.row(
                    "noc-deployment-" + d.line().id(),
                    Tiles.text(
                            d.condition().label(),
                            "noc-cond cond-" + d.condition().name().toLowerCase(Locale.ROOT)),
                    link(d),
                    Tiles.text("chain " + d.line().chainName(), "noc-chain"),
                    Tiles.text(state(d.state()), "noc-where"));
            d.worst().ifPresent(w -> row.add(Tiles.severity(w)));
            list.add(row);
        }
        return list;
    }

    private static Anchor link(DeploymentStatus d) {
        Anchor link = new Anchor(Links.deployment(d.line().id()), d.line().name());
        link.addClassName("noc-object");
        return link;
    }

    /** A deployment state as words. */
    static String state(DeploymentState state) {
        return switch (state) {
            case NOT_INSTANTIATED -> "not deployed";
            case INSTANTIATING -> "deploying";
            case INSTANTIATED -> "deployed";
            case FAILED -> "failed";
            case TERMINATING -> "terminating";
            case TERMINATED -> "terminated";
        };
    }
}
