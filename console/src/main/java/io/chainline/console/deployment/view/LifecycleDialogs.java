package io.chainline.console.deployment.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.service.DeploymentPlan;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Scale, heal and upgrade: each asks what, then starts a job the deployment page follows. */
final class LifecycleDialogs {

    private final DeploymentService deployments;
    private final DeploymentQueries queries;
    private final ChainService chains;
    private final String actor;

    LifecycleDialogs(DeploymentService deployments, DeploymentQueries queries, ChainService chains, String actor) {
        this.deployments = deployments;
        this.queries = queries;
        this.chains = chains;
        this.actor = actor;
    }

    /** Scaling out runs at once; scaling in (fewer instances anywhere) confirms first, saying what goes. */
    private void scale(
            UUID id,
            DeploymentViews.DeploymentDetail detail,
            Dialog dialog,
            String chosen,
            Optional<String> to,
            Map<String, Integer> levels) {
        Runnable run = () -> {
            deployments.scale(id, chosen, to, levels, actor);
            dialog.close();
        };
        List<String> fewer = fewer(detail, deployments.planScale(id, chosen, to, levels));
        if (fewer.isEmpty()) {
            run.run();
        } else {
            Confirm.disruptive(
                    "Scale in " + chosen + " of " + detail.summary().name() + "?",
                    "Runs fewer instances: " + String.join("; ", fewer)
                            + ". The instances that go are stopped, and connections they hold are cut.",
                    "Scale in",
                    run);
        }
    }

    /** One field per scaling aspect of the chosen NF, bounded by the aspect's maximum level. */
    private static void showAspects(
            DeploymentQueries.ScaleOptions options, VerticalLayout aspects, Map<String, IntegerField> aspectFields) {
        aspects.removeAll();
        aspectFields.clear();
        options.aspects().forEach((aspect, max) -> {
            IntegerField field = new IntegerField("Aspect " + aspect + " (0–" + max + ")");
            field.setId("scale-aspect-" + aspect);
            field.setMin(0);
            field.setMax(max);
            aspectFields.put(aspect, field);
            aspects.add(field);
        });
    }

    void scale(UUID id, DeploymentViews.DeploymentDetail detail) {
        List<DeploymentQueries.ScaleOptions> options = queries.scaleOptions(id).stream()
                .filter(o -> !o.levels().isEmpty() || !o.aspects().isEmpty())
                .toList();
        Dialog dialog = new Dialog("Scale");
        dialog.setId("scale-dialog");
        if (options.isEmpty()) {
            dialog.add(new Paragraph("No network function of this chain declares instantiation levels or scaling"
                    + " aspects. Set how many instances each VDU runs under Replicas on this page instead."));
            dialog.getFooter().add(new Button("Close", e -> dialog.close()));
            dialog.open();
            return;
        }
        Select<DeploymentQueries.ScaleOptions> nf = new Select<>();
        nf.setId("scale-nf");
        nf.setLabel("Network function");
        nf.setItems(options);
        nf.setItemLabelGenerator(DeploymentQueries.ScaleOptions::nf);
        Select<String> level = new Select<>();
        level.setId("scale-level");
        level.setLabel("Instantiation level (or set aspect levels below)");
        VerticalLayout aspects = new VerticalLayout();
        aspects.setPadding(false);
        Map<String, IntegerField> aspectFields = new LinkedHashMap<>();
        nf.addValueChangeListener(e -> {
            level.setItems(e.getValue().levels());
            showAspects(e.getValue(), aspects, aspectFields);
        });
        nf.setValue(options.getFirst());
        Button go = new Button("Scale", e -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            aspectFields.forEach((a, f) -> Optional.ofNullable(f.getValue()).ifPresent(v -> levels.put(a, v)));
            scale(id, detail, dialog, nf.getValue().nf(), Optional.ofNullable(level.getValue()), levels);
        });
        go.setId("scale-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(nf, level, aspects));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.open();
    }

    void heal(UUID id, DeploymentViews.DeploymentDetail detail) {
        Dialog dialog = new Dialog("Heal");
        dialog.setId("heal-dialog");
        Select<String> workload = new Select<>();
        workload.setId("heal-workload");
        workload.setLabel("Workload to recreate");
        List<String> failedFirst = new java.util.ArrayList<>();
        detail.live().workloads().stream()
                .filter(w -> w.state() != io.chainline.console.deployment.service.LiveStatus.State.READY)
                .forEach(w -> failedFirst.add(w.workload()));
        detail.desired().placements().stream()
                .map(p -> p.workload())
                .filter(w -> !failedFirst.contains(w))
                .forEach(failedFirst::add);
        workload.setItems(failedFirst);
        if (!failedFirst.isEmpty()) {
            workload.setValue(failedFirst.getFirst());
        }
        Button go = new Button(
                "Heal",
                e -> Confirm.disruptive(
                        "Heal " + workload.getValue() + "?",
                        Consequences.heal(detail, workload.getValue()),
                        "Heal",
                        () -> {
                            deployments.heal(id, workload.getValue(), actor);
                            dialog.close();
                        }));
        go.setId("heal-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph("Removes the workload's instances and creates them again from the desired state."),
                workload);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.open();
    }

    /** Each VDU the plan runs with fewer instances than now, as "firewall-main on lab: 3 → 1". */
    static List<String> fewer(DeploymentViews.DeploymentDetail detail, DeploymentPlan plan) {
        Map<String, Integer> now = new LinkedHashMap<>();
        detail.desired().placements().forEach(p -> now.put(p.workload(), p.replicas()));
        return plan.desired()
                .map(d -> d.placements().stream()
                        .filter(p -> p.replicas() < now.getOrDefault(p.workload(), 0))
                        .map(p -> p.workload() + " on " + p.targetName() + ": " + now.get(p.workload()) + " → "
                                + p.replicas())
                        .toList())
                .orElse(List.of());
    }

    void upgrade(UUID id, DeploymentViews.DeploymentDetail detail) {
        Dialog dialog = new Dialog("Upgrade");
        dialog.setId("upgrade-dialog");
        Select<ChainSummary> version = new Select<>();
        version.setId("upgrade-version");
        version.setLabel("Chain version");
        version.setItems(chains.list().stream()
                .filter(c -> c.name().equals(detail.summary().chainName()))
                .filter(c -> c.state() == DescriptorState.PUBLISHED)
                .filter(c -> !c.id().equals(detail.summary().chainId()))
                .toList());
        version.setItemLabelGenerator(c -> c.name() + " " + c.nsVersion());
        Optional<ChainSummary> current = chains.list().stream()
                .filter(c -> c.id().equals(detail.summary().chainId()))
                .findFirst();
        Button go = new Button("Upgrade", e -> {
            ChainSummary to = version.getValue();
            // choosing a version published before the running one is a roll back, and says so
            boolean back =
                    current.map(c -> to.updatedAt().isBefore(c.updatedAt())).orElse(false);
            Confirm.disruptive(
                    (back ? "Roll back " : "Upgrade ") + detail.summary().name() + " to " + to.nsVersion() + "?",
                    Consequences.upgrade(detail, to.name() + " " + to.nsVersion()),
                    back ? "Roll back" : "Upgrade",
                    () -> {
                        deployments.upgrade(id, to.id(), actor);
                        dialog.close();
                    });
        });
        go.setId("upgrade-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph("Target by target, with the previous version restored if a step fails (when the"
                        + " deployment's failure policy is roll back)."),
                version);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.open();
    }
}
