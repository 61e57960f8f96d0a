package io.chainline.console.overview.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentViews.JobSummary;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.overview.service.NocOrder;
import io.chainline.console.overview.service.NocSnapshot.RunningJob;
import io.chainline.console.overview.service.NocSnapshot.WindowLine;
import io.chainline.console.schedule.service.UpcomingRuns.NextRun;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Work in progress and coming: jobs running now with their progress, the next maintenance windows and runs. */
final class WorkTile {

    /** How many running jobs fit the tile's row. */
    static final int JOBS = 5;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm");

    private WorkTile() {}

    static Div jobs(List<RunningJob> jobs) {
        Div tile = Tiles.tile("noc-jobs", "Jobs running · " + jobs.size(), Links.DEPLOYMENTS);
        if (jobs.isEmpty()) {
            tile.add(Tiles.empty("noc-jobs-empty", "No jobs running"));
            return tile;
        }
        Div list = new Div();
        list.addClassName("noc-list");
        list.setId("noc-job-list");
        jobs.stream().limit(JOBS).forEach(j -> list.add(job(j)));
        tile.add(list);
        if (jobs.size() > JOBS) {
            tile.add(Tiles.more("noc-jobs-more", jobs.size() - JOBS, Links.DEPLOYMENTS));
        }
        return tile;
    }

    private static Div job(RunningJob running) {
        JobSummary job = running.job();
        Anchor deployment = new Anchor(
                Links.deployment(job.deploymentId()),
                running.deploymentName().isBlank() ? "a deployment" : running.deploymentName());
        deployment.addClassName("noc-object");
        ProgressBar bar = new ProgressBar(0, 1, job.progress());
        bar.addClassName("noc-progress");
        return Tiles.row(
                "noc-job-" + job.id(),
                Tiles.text(operation(job.operation()), "noc-cause"),
                deployment,
                Tiles.text(progress(job), "noc-where"),
                bar);
    }

    /** "step 2 of 5", "queued", "rolling back · step 3 of 5". */
    static String progress(JobSummary job) {
        String steps = job.stepsTotal() == 0
                ? "preparing"
                : "step " + Math.min(job.stepsDone() + 1, job.stepsTotal()) + " of " + job.stepsTotal();
        return switch (job.state()) {
            case QUEUED -> "queued";
            case ROLLING_BACK -> "rolling back · " + steps;
            default ->
                job.state() == JobState.RUNNING ? steps : job.state().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static Div windows(List<WindowLine> windows, Instant now, ZoneId zone) {
        Div tile = Tiles.tile("noc-windows", "Maintenance windows", Links.WINDOWS);
        if (windows.isEmpty()) {
            tile.add(Tiles.empty("noc-windows-empty", "No window in the next 7 days"));
            return tile;
        }
        Div list = new Div();
        list.addClassName("noc-list");
        for (int i = 0; i < windows.size(); i++) {
            WindowLine w = windows.get(i);
            Anchor name = new Anchor(Links.WINDOWS, w.name());
            name.addClassName("noc-object");
            String kind = w.kind() == WindowKind.ALLOW ? "allow" : "freeze";
            String when = w.openNow()
                    ? "open now, until " + WHEN.format(w.end().atZone(zone))
                    : WHEN.format(w.start().atZone(zone)) + " (" + NocOrder.in(w.start(), now) + ")";
            list.add(Tiles.row(
                    "noc-window-" + i,
                    Tiles.text(kind, "noc-cond window-" + kind),
                    name,
                    Tiles.text(when, "noc-where")));
        }
        tile.add(list);
        return tile;
    }

    static Div runs(List<NextRun> runs, Instant now, ZoneId zone) {
        Div tile = Tiles.tile("noc-runs", "Next scheduled runs", Links.SCHEDULES);
        if (runs.isEmpty()) {
            tile.add(Tiles.empty("noc-runs-empty", "No runs scheduled"));
            return tile;
        }
        Div list = new Div();
        list.addClassName("noc-list");
        for (NextRun r : runs) {
            Anchor name = new Anchor(Links.SCHEDULES, r.name());
            name.addClassName("noc-object");
            String what = operation(r.operation()) + (r.deploymentName().isBlank() ? "" : " " + r.deploymentName());
            list.add(Tiles.row(
                    "noc-run-" + r.scheduleId(),
                    name,
                    Tiles.text(what, "noc-resource"),
                    Tiles.text(WHEN.format(r.at().atZone(zone)) + " (" + NocOrder.in(r.at(), now) + ")", "noc-where")));
        }
        tile.add(list);
        return tile;
    }

    static String operation(Operation op) {
        return switch (op) {
            case INSTANTIATE -> "Deploy";
            case SCALE -> "Scale";
            case HEAL -> "Heal";
            case UPGRADE -> "Upgrade";
            case RECONCILE -> "Reconcile";
            case TERMINATE -> "Terminate";
        };
    }
}
