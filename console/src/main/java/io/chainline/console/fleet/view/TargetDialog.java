package io.chainline.console.fleet.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.kubernetes.Kubeconfigs;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Registers a target, or changes one. Secret fields start empty when changing: what is stored is sealed and never
 * sent to the browser; left empty, it stays as it is.
 */
final class TargetDialog extends Dialog {

    private final FleetService fleet;
    private final Optional<TargetSummary> existing;
    private final String actor;
    private final Consumer<TargetSummary> saved;

    private final TextField name = new TextField("Name");
    private final Select<TargetKind> kind = new Select<>();
    private final TextField site = new TextField("Site");
    private final TextField region = new TextField("Region");
    private final TextField labels = new TextField("Labels (key=value, comma separated)");
    private final TextArea kubeconfig = new TextArea("Kubeconfig");
    private final Select<String> context = new Select<>();
    private final TextField server = new TextField("…or API server URL");
    private final TextArea ca = new TextArea("CA certificate (PEM)");
    private final PasswordField token = new PasswordField("Service account token");
    private final TextArea cloudsYaml = new TextArea("clouds.yaml");
    private final TextField cloud = new TextField("Cloud in clouds.yaml");
    private final TextField authUrl = new TextField("…or Keystone v3 URL");
    private final TextField user = new TextField("User");
    private final PasswordField password = new PasswordField("Password");
    private final TextField appCredId = new TextField("…or application credential id");
    private final PasswordField appCredSecret = new PasswordField("Application credential secret");
    private final TextField project = new TextField("Project");
    private final TextField osRegion = new TextField("OpenStack region");
    private final TextField endpoint = new TextField("Endpoint (unix://, tcp://, ssh://)");
    private final TextArea dockerCa = new TextArea("CA certificate (PEM)");
    private final TextArea clientCert = new TextArea("Client certificate (PEM)");
    private final PasswordField clientKey = new PasswordField("Client key (PEM)");
    private final Paragraph verdict = new Paragraph();
    private final FormLayout kubernetesForm = new FormLayout();
    private final FormLayout openstackForm = new FormLayout();
    private final FormLayout dockerForm = new FormLayout();

    TargetDialog(FleetService fleet, Optional<TargetSummary> existing, String actor, Consumer<TargetSummary> saved) {
        this.fleet = fleet;
        this.existing = existing;
        this.actor = actor;
        this.saved = saved;
        setHeaderTitle(existing.map(t -> "Change " + t.name()).orElse("Register a target"));
        setWidth("52em");
        ids();
        kind.setLabel("Kind");
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case KUBERNETES -> "Kubernetes cluster";
            case OPENSTACK -> "OpenStack cloud";
            case DOCKER -> "Docker host or Swarm";
        });
        kind.addValueChangeListener(e -> showKind(e.getValue()));
        context.setLabel("Context");
        context.setEmptySelectionAllowed(true);
        kubeconfig.setHelperText("Paste the output of kubectl config view --raw --minify --flatten.");
        kubeconfig.setMaxHeight("12em");
        kubeconfig.addValueChangeListener(e -> readContexts());
        kubernetesForm.add(kubeconfig, 2);
        kubernetesForm.add(context, server, ca, token);
        openstackForm.add(cloudsYaml, 2);
        openstackForm.add(cloud, authUrl, user, password, appCredId, appCredSecret, project, osRegion);
        endpoint.setHelperText("This machine's Docker: unix:///var/run/docker.sock · rootless podman:"
                + " unix:///run/user/<uid>/podman/podman.sock · rootful podman: unix:///run/podman/podman.sock");
        dockerForm.add(endpoint, dockerCa, clientCert, clientKey);
        FormLayout common = new FormLayout(name, kind, site, region, labels);
        existing.ifPresent(this::prefill);
        kind.setValue(existing.map(TargetSummary::kind).orElse(TargetKind.KUBERNETES));
        kind.setReadOnly(existing.isPresent());
        Button test = new Button("Test connection", e -> test());
        test.setId("target-test");
        Button save = new Button(existing.isPresent() ? "Save" : "Register", e -> save());
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(common, kubernetesForm, openstackForm, dockerForm, verdict);
        getFooter().add(new Button("Cancel", e -> close()), test, save);
    }

    private void ids() {
        name.setId("target-name");
        kind.setId("target-kind");
        site.setId("target-site");
        region.setId("target-region");
        labels.setId("target-labels");
        kubeconfig.setId("target-kubeconfig");
        context.setId("target-context");
        server.setId("target-server");
        token.setId("target-token");
        cloudsYaml.setId("target-clouds-yaml");
        password.setId("target-password");
        endpoint.setId("target-endpoint");
        clientKey.setId("target-client-key");
        verdict.setId("target-verdict");
    }

    private void prefill(TargetSummary target) {
        name.setValue(target.name());
        site.setValue(target.site());
        region.setValue(target.region());
        labels.setValue(String.join(
                ", ",
                target.labels().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList()));
        String unchanged = "stored sealed; leave empty to keep it";
        kubeconfig.setPlaceholder(unchanged);
        token.setPlaceholder(unchanged);
        password.setPlaceholder(unchanged);
        appCredSecret.setPlaceholder(unchanged);
        clientKey.setPlaceholder(unchanged);
        verdict.setText("Connected to " + target.endpoint() + ".");
    }

    private void showKind(TargetKind value) {
        kubernetesForm.setVisible(value == TargetKind.KUBERNETES);
        openstackForm.setVisible(value == TargetKind.OPENSTACK);
        dockerForm.setVisible(value == TargetKind.DOCKER);
    }

    /** Offers the pasted kubeconfig's contexts, current one first chosen; says what is wrong with a bad paste. */
    private void readContexts() {
        if (kubeconfig.isEmpty()) {
            kubeconfig.setInvalid(false);
            return;
        }
        try {
            Kubeconfigs.Contexts contexts = Kubeconfigs.contexts(kubeconfig.getValue());
            context.setItems(contexts.names());
            context.setValue(contexts.current().orElse(contexts.names().getFirst()));
            kubeconfig.setInvalid(false);
        } catch (ConnectorException e) {
            kubeconfig.setErrorMessage(e.getMessage());
            kubeconfig.setInvalid(true);
        }
    }

    private TargetRequest request() {
        Map<String, String> parsed = new TreeMap<>();
        for (String part : labels.getValue().split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parsed.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new TargetRequest(
                name.getValue(),
                kind.getValue(),
                site.getValue(),
                region.getValue(),
                parsed,
                new TargetRequest.Kubernetes(
                        kubeconfig.getValue(), context.getValue(), server.getValue(), ca.getValue(), token.getValue()),
                new TargetRequest.OpenStack(
                        cloudsYaml.getValue(),
                        cloud.getValue(),
                        authUrl.getValue(),
                        user.getValue(),
                        null,
                        password.getValue(),
                        appCredId.getValue(),
                        appCredSecret.getValue(),
                        project.getValue(),
                        null,
                        osRegion.getValue()),
                new TargetRequest.Docker(
                        endpoint.getValue(), dockerCa.getValue(), clientCert.getValue(), clientKey.getValue(), null));
    }

    private void test() {
        ConnectionCheck check = existing.isPresent() && kubeconfig.isEmpty() && token.isEmpty()
                ? fleet.test(existing.get().id(), actor)
                : fleet.testAccess(request());
        verdict.setText(
                (check.ok() ? "✓ " : "✗ " + check.failure().orElseThrow().title() + ": ") + check.message());
    }

    private void save() {
        TargetSummary result = existing.isPresent()
                ? fleet.update(existing.get().id(), existing.get().version(), request(), actor)
                : fleet.registerAndConnect(request(), actor);
        close();
        saved.accept(result);
    }
}
