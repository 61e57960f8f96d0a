package io.chainline.console.deployment.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.deployment.service.DeploymentActions;
import io.chainline.console.deployment.service.DeploymentActions.Action;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DriftService;
import io.chainline.console.deployment.service.LiveStatus;
import java.util.UUID;

/**
 * The deployment page's lifecycle buttons. Each is enabled by {@link DeploymentActions}, the rule the services refuse
 * by, with the rule's reason as the tooltip when it is not; destructive and disruptive ones ask first and say what
 * will happen.
 */
final class DeploymentToolbar extends FlexLayout {

    private final DeploymentActions.Facts facts;

    DeploymentToolbar(
            DeploymentViews.DeploymentDetail detail,
            DeploymentService deployments,
            DriftService drift,
            LiveStatus live,
            LifecycleDialogs dialogs,
            String actor) {
        this.facts = DeploymentActions.Facts.of(detail.summary());
        UUID id = detail.summary().id();
        String name = detail.summary().name();
        add(
                button(Action.REFRESH_LIVE, "deployment-observe", "Refresh live state", () -> live.refresh(id)),
                button(Action.CHECK_DRIFT, "deployment-drift", "Check drift", () -> drift.check(id)),
                button(
                        Action.RECONCILE,
                        "deployment-reconcile",
                        "Reconcile",
                        () -> Confirm.disruptive(
                                "Reconcile " + name + "?",
                                Consequences.reconcile(detail),
                                "Reconcile",
                                () -> deployments.reconcile(id, actor))),
                button(Action.ACCEPT_DRIFT, "deployment-accept", "Accept drift", () -> drift.accept(id, actor)),
                button(Action.SCALE, "deployment-scale", "Scale…", () -> dialogs.scale(id, detail)),
                button(Action.HEAL, "deployment-heal", "Heal…", () -> dialogs.heal(id, detail)),
                button(Action.UPGRADE, "deployment-upgrade", "Upgrade…", () -> dialogs.upgrade(id, detail)),
                button(
                        Action.TERMINATE,
                        "deployment-terminate",
                        "Terminate",
                        () -> Confirm.destructive(
                                "Terminate " + name + "?",
                                Consequences.terminate(detail),
                                "Terminate",
                                () -> deployments.terminate(id, actor))));
        detail.summary().lastJob().ifPresent(job -> addJobButtons(job, deployments, actor));
        add(delete(id, name, deployments, actor));
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    /** Delete forgets the record only: it is offered once nothing runs, and says so before it acts. */
    private Button delete(UUID id, String name, DeploymentService deployments, String actor) {
        Button delete = button(
                Action.DELETE,
                "deployment-delete",
                "Delete",
                () -> Confirm.destructive(
                        "Delete " + name + "?",
                        "Removes " + name
                                + "'s record, its jobs and their events from the console. Nothing of it runs on"
                                + " the fleet any more, so nothing changes there; the audit log keeps who did what.",
                        "Delete",
                        () -> {
                            deployments.delete(id, actor);
                            UI.getCurrent().navigate(DeploymentsView.class);
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private void addJobButtons(DeploymentViews.JobSummary job, DeploymentService deployments, String actor) {
        add(button(
                Action.CANCEL_JOB,
                "deployment-cancel",
                "Cancel job",
                () -> Confirm.disruptive(
                        "Cancel the " + DeploymentActions.label(job.operation()) + " job?",
                        Consequences.cancel(job),
                        "Cancel job",
                        () -> deployments.cancel(job.id(), actor))));
        add(button(Action.RETRY_JOB, "deployment-retry", "Retry job", () -> deployments.retry(job.id(), actor)));
    }

    /** A button the rule enables, or disables with its reason as the tooltip. */
    private Button button(Action action, String id, String text, Runnable run) {
        Button button = new Button(text, e -> run.run());
        button.setId(id);
        DeploymentActions.Verdict verdict = DeploymentActions.check(action, facts);
        button.setEnabled(verdict.allowed());
        if (!verdict.allowed()) {
            button.setTooltipText(verdict.reason());
            button.getElement().setAttribute("data-why", verdict.reason());
        }
        return button;
    }
}
