package io.chainline.console.deployment.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.chainline.console.deployment.domain.StepState;
import io.chainline.console.deployment.service.DeploymentViews;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One job: its progress, each step with its own bar and outcome, and the event log as it streams in. */
class JobPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("UTC"));

    JobPanel(DeploymentViews.JobDetail job) {
        setId("job-panel");
        setPadding(false);
        getElement().setAttribute("data-job", job.summary().id().toString());
        getElement().setAttribute("data-state", job.summary().state().name());
        ProgressBar total = new ProgressBar(0, 1, job.summary().progress());
        total.setId("job-progress");
        total.getElement()
                .setAttribute("data-progress", String.valueOf(job.summary().progress()));
        total.setIndeterminate(
                !job.summary().state().finished() && job.summary().stepsTotal() == 0);
        HorizontalLayout head = new HorizontalLayout(
                new Span(job.summary().operation().name().toLowerCase() + " by "
                        + job.summary().startedBy()),
                Badges.of(job.summary().state()),
                new Span(job.summary().stepsDone() + " / " + job.summary().stepsTotal() + " steps"));
        head.setAlignItems(Alignment.CENTER);
        add(new H4("Job"), head, total);
        if (!job.summary().errorCode().isEmpty()) {
            Div error = new Div(job.summary().errorCode() + ": " + job.summary().errorMessage());
            error.setId("job-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            add(error);
        }
        add(steps(job), events(job));
    }

    private static Grid<DeploymentViews.StepView> steps(DeploymentViews.JobDetail job) {
        Grid<DeploymentViews.StepView> grid = new Grid<>(DeploymentViews.StepView.class, false);
        grid.setId("job-steps");
        grid.addColumn(s -> s.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeploymentViews.StepView::title).setHeader("Step").setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    ProgressBar bar = new ProgressBar(0, 1, s.state() == StepState.DONE ? 1 : 0);
                    bar.setIndeterminate(s.state() == StepState.RUNNING);
                    bar.setWidth("6em");
                    HorizontalLayout cell = new HorizontalLayout(Badges.of(s.state()), bar);
                    cell.setAlignItems(Alignment.CENTER);
                    return cell;
                })
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(DeploymentViews.StepView::attempts).setHeader("Attempts").setFlexGrow(0);
        grid.addColumn(DeploymentViews.StepView::message).setHeader("Outcome").setFlexGrow(3);
        grid.setItems(job.steps());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private static Div events(DeploymentViews.JobDetail job) {
        Div log = new Div();
        log.setId("job-events");
        log.getStyle()
                .set("font-family", "monospace")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("max-height", "16em")
                .set("overflow", "auto")
                .set("white-space", "pre-wrap");
        StringBuilder text = new StringBuilder();
        job.events()
                .forEach(e -> text.append(TIME.format(e.at()))
                        .append(' ')
                        .append(e.level())
                        .append("  ")
                        .append(e.message())
                        .append('\n'));
        log.setText(text.toString());
        return log;
    }
}
