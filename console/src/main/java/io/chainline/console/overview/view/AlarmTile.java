package io.chainline.console.overview.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.overview.service.NocOrder;
import io.chainline.console.overview.service.NocSnapshot;
import io.chainline.console.overview.service.NocSnapshot.AlarmLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Active alarms: counts per severity, the worst and newest, and the newest of all as a headline. */
final class AlarmTile {

    private static final List<Severity> SHOWN =
            List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING);

    private AlarmTile() {}

    static Div of(NocSnapshot.Alarms alarms, Instant now) {
        Div tile = Tiles.tile("noc-alarms", "Active alarms · " + alarms.total(), Links.ALARMS);
        Div counts = new Div();
        counts.addClassName("noc-counts");
        for (Severity s : SHOWN) {
            counts.add(Tiles.count(
                    "noc-alarms-" + s.name().toLowerCase(java.util.Locale.ROOT),
                    alarms.bySeverity().getOrDefault(s, 0L),
                    s.label(),
                    Links.alarms(s),
                    Tiles.style(s)));
        }
        tile.add(counts);
        if (alarms.total() == 0) {
            tile.add(Tiles.empty("noc-alarms-empty", "No active alarms"));
            return tile;
        }
        Div list = new Div();
        list.setId("noc-alarm-list");
        list.addClassName("noc-list");
        alarms.top().forEach(a -> list.add(row(a, now)));
        tile.add(list);
        if (alarms.total() > alarms.top().size()) {
            tile.add(Tiles.more(
                    "noc-alarms-more", (int) (alarms.total() - alarms.top().size()), Links.ALARMS));
        }
        return tile;
    }

    /** The newest of the worst active alarms: what went wrong, what it breaks, and where. */
    static Div headline(NocSnapshot.Alarms alarms, Instant now) {
        Div headline = new Div();
        headline.setId("noc-latest");
        headline.addClassName("noc-latest");
        alarms.latest()
                .ifPresentOrElse(
                        a -> {
                            headline.addClassName(Tiles.style(a.severity()));
                            headline.add(Tiles.text(
                                    "Worst alarm, raised " + NocOrder.ago(a.raisedAt(), now) + ":", "noc-age"));
                            headline.add(parts(a).toArray(Component[]::new));
                        },
                        () -> headline.add(new Span("No active alarms")));
        return headline;
    }

    private static Div row(AlarmLine a, Instant now) {
        List<Component> parts = new ArrayList<>();
        parts.add(Tiles.text(NocOrder.ago(a.raisedAt(), now), "noc-age"));
        parts.addAll(parts(a));
        Div row = Tiles.row("noc-alarm-" + a.id(), parts.toArray(Component[]::new));
        if (a.acknowledged()) {
            row.addClassName("acknowledged");
            row.add(Tiles.text("acknowledged", "noc-ack"));
        }
        return row;
    }

    /** Severity, cause (to the alarm), resource, the deployment (to its page) with its chain, the target and site. */
    private static List<Component> parts(AlarmLine a) {
        List<Component> parts = new ArrayList<>();
        parts.add(Tiles.severity(a.severity()));
        Anchor cause = new Anchor(Links.alarm(a.id()), a.probableCause().isBlank() ? "Alarm" : a.probableCause());
        cause.addClassName("noc-cause");
        parts.add(cause);
        // a target's or a whole deployment's alarm names its object next; naming it twice reads as two things
        if (a.resource().kind() != Fault.Resource.Kind.TARGET
                && a.resource().kind() != Fault.Resource.Kind.DEPLOYMENT) {
            parts.add(Tiles.text(resource(a.resource()), "noc-resource"));
        }
        a.deploymentId().ifPresent(id -> {
            Anchor deployment = new Anchor(Links.deployment(id), a.object().name());
            deployment.addClassName("noc-object");
            parts.add(Tiles.text("of", "noc-word"));
            parts.add(deployment);
            if (!a.chainName().isBlank()) {
                parts.add(Tiles.text("chain " + a.chainName(), "noc-chain"));
            }
        });
        String where = where(a);
        if (!where.isBlank()) {
            parts.add(Tiles.text("on " + where, "noc-where"));
        }
        return parts;
    }

    /** "firewall-fw (firewall)", or the resource's name alone when it is the NF itself or has none. */
    static String resource(Fault.Resource resource) {
        String nf = resource.nf();
        return nf.isBlank() || nf.equals(resource.name()) ? resource.name() : resource.name() + " (" + nf + ")";
    }

    /** "paris-docker · Paris": the target it runs on and its site, as far as they are known. */
    static String where(AlarmLine a) {
        if (a.targetName().isBlank()) {
            return a.object().kind() == Fault.ManagedObject.Kind.DEPLOYMENT
                    ? ""
                    : a.object().name();
        }
        return a.site().isBlank() ? a.targetName() : a.targetName() + " · " + a.site();
    }
}
