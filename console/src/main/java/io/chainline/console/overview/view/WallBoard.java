package io.chainline.console.overview.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.overview.service.NocOrder;
import io.chainline.console.overview.service.NocSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The NOC board: a grid of tiles sized for a 1920×1080 wall screen (styles in {@code overview.css}), redrawn whole
 * from each {@link NocSnapshot}. It says when its data was read, and how old it is when a refresh failed.
 */
final class WallBoard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss z");

    private final Div tiles = new Div();
    private final Span asOf = new Span();
    private final Span stale = new Span();
    private final Div head = new Div();
    private final ZoneId zone;
    private Optional<NocSnapshot> shown = Optional.empty();

    WallBoard(Button wallToggle, ZoneId zone) {
        this.zone = zone;
        setId("noc-board");
        addClassName("noc-board");
        head.addClassName("noc-head");
        asOf.setId("noc-as-of");
        asOf.addClassName("noc-as-of");
        stale.setId("noc-stale");
        stale.addClassName("noc-stale");
        stale.setVisible(false);
        Div status = new Div(asOf, stale, wallToggle);
        status.addClassName("noc-status");
        head.add(status);
        tiles.addClassName("noc-tiles");
        add(head, tiles);
    }

    void show(NocSnapshot snapshot) {
        shown = Optional.of(snapshot);
        Instant now = snapshot.at();
        head.getChildren()
                .filter(c -> c.getId().equals(Optional.of("noc-latest")))
                .toList()
                .forEach(head::remove);
        head.addComponentAsFirst(AlarmTile.headline(snapshot.alarms(), now));
        asOf.setText("as of " + TIME.format(now.atZone(zone)));
        stale.setVisible(false);
        tiles.removeAll();
        tiles.add(
                AlarmTile.of(snapshot.alarms(), now),
                DeploymentTile.of(snapshot.deployments()),
                FleetTile.of(snapshot.sites()),
                WorkTile.jobs(snapshot.jobs()),
                WorkTile.windows(snapshot.windows(), now, zone),
                WorkTile.runs(snapshot.runs(), now, zone),
                DeploymentTile.drifted(snapshot.deployments()));
    }

    /** A refresh failed: the board keeps what it showed and says how old that is, and why it is not newer. */
    void stale(Instant now, String why) {
        stale.setText(shown.map(s -> "Not refreshed since " + TIME.format(s.at().atZone(zone)) + " ("
                        + NocOrder.ago(s.at(), now) + "): " + why)
                .orElse("Could not read the network's state: " + why));
        stale.setVisible(true);
    }
}
