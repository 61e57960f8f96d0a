package io.chainline.console.overview.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.service.FleetHealth.TargetHealth;
import io.chainline.console.overview.service.NocSnapshot.Site;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Fleet health per site: targets up, down and untested (the down ones by name), and ready nodes per architecture. */
final class FleetTile {

    private FleetTile() {}

    static Div of(List<Site> sites) {
        Div tile = Tiles.tile("noc-fleet", "Fleet by site", Links.FLEET);
        if (sites.isEmpty()) {
            tile.add(Tiles.empty("noc-fleet-empty", "No targets registered"));
            return tile;
        }
        Div list = new Div();
        list.addClassName("noc-sites");
        sites.forEach(site -> list.add(site(site)));
        tile.add(list);
        return tile;
    }

    private static Div site(Site site) {
        String id = "noc-site-" + slug(site.name());
        Div box = new Div();
        box.setId(id);
        box.addClassName("noc-site");
        if (site.count(Health.UNREACHABLE) > 0) {
            box.addClassName("down");
        }
        box.add(new H3(new Anchor(Links.FLEET, site.name())));
        Div counts = new Div();
        counts.addClassName("noc-counts");
        counts.add(
                Tiles.count(id + "-up", site.count(Health.REACHABLE), "up", Links.FLEET, "target-up"),
                Tiles.count(id + "-down", site.count(Health.UNREACHABLE), "down", Links.FLEET, "target-down"),
                Tiles.count(id + "-unknown", site.count(Health.UNKNOWN), "not tested", Links.FLEET, "target-unknown"));
        box.add(counts);
        List<TargetHealth> down = site.targets().stream()
                .filter(t -> t.health() != Health.REACHABLE)
                .toList();
        for (TargetHealth t : down) {
            Anchor target = new Anchor(Links.FLEET, t.name());
            target.addClassName("noc-object");
            box.add(Tiles.row(
                    "noc-target-" + t.id(),
                    Tiles.text(t.health() == Health.UNREACHABLE ? "down" : "not tested", "noc-health " + health(t)),
                    target));
        }
        box.add(Tiles.text(nodes(site), "noc-nodes"));
        return box;
    }

    private static String health(TargetHealth t) {
        return "health-" + t.health().name().toLowerCase(Locale.ROOT);
    }

    /** "amd64 3/3 ready · arm64 1/2 ready", or that no inventory was read yet. */
    static String nodes(Site site) {
        return site.nodes().isEmpty()
                ? "no nodes synced yet"
                : site.nodes().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().ready() + "/"
                                + e.getValue().total() + " ready")
                        .collect(Collectors.joining(" · "));
    }

    static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "site" : slug;
    }
}
