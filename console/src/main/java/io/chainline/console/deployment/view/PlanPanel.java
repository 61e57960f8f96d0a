package io.chainline.console.deployment.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Plan;
import io.chainline.console.deployment.service.DeploymentPlan;
import io.chainline.console.deployment.service.ImageGate;
import io.chainline.placement.Decision;
import io.chainline.placement.Rejection;
import java.util.stream.Collectors;

/**
 * A plan as the operator reviews it: what blocks it, where every VDU goes and why (or why nowhere, candidate by
 * candidate), the images by digest, and what each target's connector would create, update or delete.
 */
class PlanPanel extends VerticalLayout {

    PlanPanel(DeploymentPlan plan) {
        setId("plan");
        setPadding(false);
        if (!plan.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("plan-problems");
            plan.problems().forEach(p -> problems.add(new ListItem(p)));
            add(new H4("What blocks it"), problems);
        } else {
            Paragraph ok = new Paragraph("Ready to deploy: every VDU has a place and every image a digest.");
            ok.setId("plan-ready");
            add(ok);
        }
        plan.notes().forEach(n -> add(new Paragraph("ℹ " + n)));
        add(new H4("Placement"), placement(plan));
        if (!plan.images().isEmpty()) {
            add(new H4("Images"), images(plan));
        }
        for (DeploymentPlan.TargetPlan target : plan.targets()) {
            add(new H4((target.removal() ? "Removed from " : "On ") + target.targetName() + " ("
                    + target.kind().name().toLowerCase() + "): " + target.changes() + " change"
                    + (target.changes() == 1 ? "" : "s")));
            Pre actions = new Pre(
                    target.error().isEmpty()
                            ? target.actions().stream().map(PlanPanel::line).collect(Collectors.joining("\n"))
                            : "Could not plan: " + target.error());
            actions.addClassName("plan-actions");
            actions.getElement().setAttribute("data-target", target.targetName());
            add(actions);
        }
    }

    private static Grid<Decision> placement(DeploymentPlan plan) {
        Grid<Decision> grid = new Grid<>(Decision.class, false);
        grid.setId("plan-placement");
        grid.addColumn(d -> d.demand().label()).setHeader("VDU").setAutoWidth(true);
        grid.addColumn(d -> d.demand().replicas()).setHeader("Instances");
        grid.addColumn(d -> d.choice().map(c -> c.targetName()).orElse("— nowhere —"))
                .setHeader("Target")
                .setAutoWidth(true);
        grid.addColumn(d -> d.choice()
                        .map(c -> c.architectures().stream()
                                .map(Architecture::ociName)
                                .sorted()
                                .collect(Collectors.joining(", ")))
                        .orElse(""))
                .setHeader("Architecture");
        grid.addComponentColumn(PlanPanel::why).setHeader("Why").setFlexGrow(4);
        grid.setItems(plan.decisions());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private static Div why(Decision d) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        d.choice()
                .ifPresentOrElse(
                        c -> cell.setText(String.join("; ", c.reasons())),
                        () -> cell.setText(
                                d.rejections().stream().map(Rejection::toString).collect(Collectors.joining(" · "))));
        if (d.choice().isPresent() && !d.rejections().isEmpty()) {
            cell.setTitle("Not chosen: "
                    + d.rejections().stream().map(Rejection::toString).collect(Collectors.joining("\n")));
        }
        cell.getElement().setAttribute("data-placed", String.valueOf(d.placed()));
        return cell;
    }

    private static Grid<ImageGate.Facts> images(DeploymentPlan plan) {
        Grid<ImageGate.Facts> grid = new Grid<>(ImageGate.Facts.class, false);
        grid.setId("plan-images");
        grid.addColumn(ImageGate.Facts::reference).setHeader("Image").setAutoWidth(true);
        grid.addColumn(ImageGate.Facts::pinned).setHeader("Deployed as").setAutoWidth(true);
        grid.addColumn(f -> f.architectures().stream()
                        .map(Architecture::ociName)
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader("Platforms");
        grid.setItems(plan.images());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String line(Plan.Action a) {
        return a.change() + " " + a.resource().kind() + " " + a.resource().name()
                + (a.differences().isEmpty() ? "" : " — " + String.join("; ", a.differences()));
    }
}
