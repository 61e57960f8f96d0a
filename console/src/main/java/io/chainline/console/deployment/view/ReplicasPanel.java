package io.chainline.console.deployment.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.deployment.service.DeploymentActions;
import io.chainline.console.deployment.service.DeploymentQueries.ReplicaRange;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import java.util.List;
import java.util.Map;

/**
 * The simple way to scale (ADR 20): per VDU, how many instances run, the range its profile allows, and a number to
 * set. Fewer instances ask first. What an operator typed but did not apply survives the page's live redraws.
 */
final class ReplicasPanel extends VerticalLayout {

    private final DeploymentService deployments;
    private final DeploymentViews.DeploymentDetail detail;
    private final Map<String, Integer> typed;
    private final String actor;

    /** @param typed workload to the count typed and not applied yet, kept by the page across redraws */
    ReplicasPanel(
            DeploymentViews.DeploymentDetail detail,
            List<ReplicaRange> ranges,
            DeploymentService deployments,
            Map<String, Integer> typed,
            String actor) {
        this.deployments = deployments;
        this.detail = detail;
        this.typed = typed;
        this.actor = actor;
        setId("deployment-replicas");
        setPadding(false);
        add(new H4("Replicas"));
        DeploymentActions.Verdict verdict =
                DeploymentActions.check(DeploymentActions.Action.SCALE, DeploymentActions.Facts.of(detail.summary()));
        ranges.forEach(range -> add(row(range, verdict)));
    }

    private HorizontalLayout row(ReplicaRange range, DeploymentActions.Verdict verdict) {
        IntegerField count = new IntegerField();
        count.setId("replicas-" + range.workload());
        count.setMin(range.min());
        count.setMax(range.max());
        count.setStepButtonsVisible(true);
        count.setWidth("9em");
        count.setValue(typed.getOrDefault(range.workload(), range.current()));
        count.setHelperText("runs " + range.current() + " · " + range.min() + "–" + range.max());
        count.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                typed.put(range.workload(), e.getValue());
            }
        });
        Button apply = new Button("Apply", e -> apply(range, count));
        apply.setId("replicas-apply-" + range.workload());
        apply.setEnabled(verdict.allowed());
        count.setEnabled(verdict.allowed());
        if (!verdict.allowed()) {
            apply.setTooltipText(verdict.reason());
            apply.getElement().setAttribute("data-why", verdict.reason());
        }
        Span name = new Span(range.workload());
        name.setWidth("14em");
        HorizontalLayout row = new HorizontalLayout(name, count, apply);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void apply(ReplicaRange range, IntegerField count) {
        Integer wanted = count.getValue();
        if (wanted == null || wanted < range.min() || wanted > range.max()) {
            refuse(count, range.workload() + " runs " + range.min() + " to " + range.max() + " instances.");
            return;
        }
        if (wanted == range.current()) {
            refuse(count, range.workload() + " already runs " + wanted + ".");
            return;
        }
        Runnable run = () -> {
            try {
                deployments.scaleReplicas(detail.summary().id(), range.nf(), range.vdu(), wanted, actor);
                typed.remove(range.workload());
            } catch (ChainlineException refused) {
                refuse(count, refused.getMessage());
            }
        };
        if (wanted > range.current()) {
            run.run();
            return;
        }
        String target = detail.desired().placements().stream()
                .filter(p -> p.workload().equals(range.workload()))
                .map(p -> p.targetName())
                .findFirst()
                .orElse("its target");
        Confirm.disruptive(
                "Scale in " + range.workload() + " to " + wanted + "?",
                Consequences.scaleIn(range.workload(), range.current(), wanted, target),
                "Scale in",
                run);
    }

    private static void refuse(IntegerField count, String why) {
        count.setErrorMessage(why);
        count.setInvalid(true);
    }
}
