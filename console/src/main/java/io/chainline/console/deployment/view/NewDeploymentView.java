package io.chainline.console.deployment.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.service.DeploymentPlan;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new deployment: the chain, where it may go and what happens on failure, then the plan (placement with reasons,
 * images by digest, each target's actions) before the operator deploys. Planning changes nothing.
 */
@Route("deployments/new")
@PageTitle("New deployment")
@RolesAllowed(Role.OPERATOR_NAME)
public class NewDeploymentView extends VerticalLayout {

    private final DeploymentService deployments;
    private final CurrentUser user;
    private final TextField name = new TextField("Name");
    private final Select<ChainSummary> chain = new Select<>();
    private final MultiSelectComboBox<String> targets = new MultiSelectComboBox<>("Targets (none: the whole fleet)");
    private final TextField labels = new TextField("Target labels");
    private final TextField overrides = new TextField("Per-VNF targets");
    private final RadioButtonGroup<DeploymentSettings.FailurePolicy> onFailure = new RadioButtonGroup<>("On failure");
    private final Checkbox signed = new Checkbox("Require cosign signatures");
    private final TextArea keys = new TextArea("Trusted public keys (PEM)");
    private final Button deploy = new Button("Deploy");
    private final VerticalLayout planArea = new VerticalLayout();
    private DeploymentPlan lastPlan;

    public NewDeploymentView(DeploymentService deployments, ChainService chains, FleetService fleet, CurrentUser user) {
        this.deployments = deployments;
        this.user = user;
        setId("view-new-deployment");
        configureFields(chains, fleet);
        FormLayout form = new FormLayout(name, chain, targets, labels, overrides, onFailure, signed, keys);
        Button plan = new Button("Plan", e -> plan());
        plan.setId("deploy-plan");
        deploy.setId("deploy-run");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.setEnabled(false);
        deploy.addClickListener(e -> deploy());
        planArea.setPadding(false);
        add(new H3("New deployment"), form, new HorizontalLayout(plan, deploy), planArea);
        List.of(name, labels, overrides).forEach(f -> f.addValueChangeListener(e -> stale()));
        chain.addValueChangeListener(e -> stale());
        targets.addValueChangeListener(e -> stale());
    }

    /** Ids (the browser tests find the fields by them), labels, hints and choices of the form's fields. */
    private void configureFields(ChainService chains, FleetService fleet) {
        name.setId("deploy-name");
        name.setHelperText("Lowercase letters, digits and '-'; it names the resources on every platform");
        chain.setId("deploy-chain");
        chain.setLabel("Service chain (published)");
        chain.setItemLabelGenerator(c -> c.name() + " " + c.nsVersion());
        chain.setItems(chains.list().stream()
                .filter(c -> c.state() == DescriptorState.PUBLISHED)
                .toList());
        targets.setId("deploy-targets");
        targets.setItems(fleet.list().stream().map(TargetSummary::name).toList());
        labels.setId("deploy-labels");
        labels.setPlaceholder("site=paris, tier=edge");
        overrides.setId("deploy-overrides");
        overrides.setPlaceholder("firewall=edge-k8s, classifier=lab-docker");
        overrides.setHelperText("Pins a network function to one target, whatever the rest of the policy says");
        onFailure.setId("deploy-failure");
        onFailure.setItems(DeploymentSettings.FailurePolicy.values());
        onFailure.setItemLabelGenerator(p -> p == DeploymentSettings.FailurePolicy.ROLLBACK
                ? "Roll back what the job did"
                : "Leave it for inspection");
        onFailure.setValue(DeploymentSettings.FailurePolicy.ROLLBACK);
        signed.setId("deploy-signatures");
        keys.setId("deploy-keys");
        keys.setVisible(false);
        signed.addValueChangeListener(e -> keys.setVisible(e.getValue()));
    }

    private void stale() {
        deploy.setEnabled(false);
    }

    private DeploymentSettings settings() {
        Map<String, String> targetLabels = pairs(labels.getValue());
        Map<String, String> pins = pairs(overrides.getValue());
        List<String> trusted = signed.getValue() && !keys.getValue().isBlank()
                ? Arrays.stream(keys.getValue().split("(?<=-----END PUBLIC KEY-----)"))
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .toList()
                : List.of();
        return new DeploymentSettings(
                targets.getValue(),
                targetLabels,
                pins,
                onFailure.getValue(),
                signed.getValue(),
                trusted,
                Map.of(),
                Map.of(),
                null);
    }

    /** {@code a=b, c=d} as a map; entries without '=' are ignored. */
    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(p -> p.contains("="))
                .forEach(p -> pairs.put(
                        p.substring(0, p.indexOf('=')).trim(),
                        p.substring(p.indexOf('=') + 1).trim()));
        return pairs;
    }

    private void plan() {
        ChainSummary selected = Optional.ofNullable(chain.getValue())
                .orElseThrow(() -> new io.chainline.console.base.service.ChainlineException(
                        "DEPLOYMENT-CHAIN-REQUIRED",
                        io.chainline.console.base.service.ChainlineException.Category.INVALID,
                        "Choose the published service chain to deploy."));
        lastPlan = deployments.plan(name.getValue().trim(), selected.id(), settings());
        planArea.removeAll();
        planArea.add(new PlanPanel(lastPlan));
        deploy.setEnabled(lastPlan.deployable());
    }

    private void deploy() {
        DeploymentViews.JobSummary job = deployments.deploy(
                name.getValue().trim(),
                chain.getValue().id(),
                settings(),
                user.username().orElseThrow());
        UI.getCurrent()
                .navigate(
                        DeploymentView.class,
                        new RouteParameters("id", job.deploymentId().toString()));
    }
}
