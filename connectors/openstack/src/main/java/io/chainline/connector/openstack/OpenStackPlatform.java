package io.chainline.connector.openstack;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.AccessFields;
import io.chainline.connector.api.AccessForm;
import io.chainline.connector.api.AccessForm.Field;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.DesignFit;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.PlatformContext;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.WorkloadShape;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** OpenStack clouds through Keystone v3: a clouds.yaml, or the fields; a password or an application credential. */
public final class OpenStackPlatform implements Platform {

    static final AccessForm FORM = new AccessForm(
            List.of(
                    Field.pastedSecret("cloudsYaml", "clouds.yaml", ""),
                    Field.text("cloud", "Cloud in clouds.yaml", ""),
                    Field.text("authUrl", "…or Keystone v3 URL", "https://keystone.example:5000/v3"),
                    Field.text("userName", "User", ""),
                    Field.secret("password", "Password", ""),
                    Field.text("applicationCredentialId", "…or application credential id", ""),
                    Field.secret("applicationCredentialSecret", "Application credential secret", ""),
                    Field.text("projectName", "Project", ""),
                    Field.text("region", "OpenStack region", "")),
            "Paste clouds.yaml, or give Keystone's v3 URL with a user and password or an application credential.");

    @Override
    public TargetKind kind() {
        return TargetKind.OPENSTACK;
    }

    @Override
    public String label() {
        return "OpenStack cloud";
    }

    @Override
    public AccessForm form() {
        return FORM;
    }

    @Override
    public ResolvedAccess resolve(Map<String, String> given, Optional<TargetAccess> stored) {
        AccessFields form = AccessFields.of(fromCloudsYaml(given));
        Optional<OpenStackAccess> previous =
                stored.filter(OpenStackAccess.class::isInstance).map(OpenStackAccess.class::cast);
        URI authUrl = authUrl(form, previous);
        Optional<String> appId =
                form.text("applicationCredentialId", () -> previous.flatMap(p -> p.applicationCredentialId()));
        Optional<String> user = form.text("userName", () -> previous.flatMap(p -> p.userName()));
        if (appId.isEmpty() && user.isEmpty()) {
            throw new AccessException(
                    "FLEET-OS-CREDENTIALS",
                    "userName",
                    "Give a user name and password, or an application credential id and secret.");
        }
        Optional<String> password = appId.isPresent() ? Optional.empty() : Optional.of(password(form, user, previous));
        Optional<String> appSecret =
                appId.isEmpty() ? Optional.empty() : Optional.of(appSecret(form, appId.get(), previous));
        Optional<String> project = form.text("projectName", () -> previous.flatMap(p -> p.projectName()));
        Optional<String> region = form.text("region", () -> previous.flatMap(p -> p.region()));
        OpenStackAccess access = new OpenStackAccess(
                authUrl,
                appId.isPresent() ? Optional.empty() : user,
                form.text("userDomain", () -> previous.flatMap(p -> p.userDomain()))
                        .or(() -> Optional.of("Default")),
                password,
                appId,
                appSecret,
                project,
                form.text("projectDomain", () -> previous.flatMap(p -> p.projectDomain()))
                        .or(() -> Optional.of("Default")),
                region,
                previous.flatMap(p -> p.caCertificate()));
        return new ResolvedAccess(
                access,
                authUrl
                        + project.map(p -> " project " + p).orElse("")
                        + region.map(r -> ", region " + r).orElse(""));
    }

    private static URI authUrl(AccessFields form, Optional<OpenStackAccess> previous) {
        return AccessFields.uri(
                form.text("authUrl", () -> previous.map(p -> p.authUrl().toString()))
                        .orElseThrow(() -> new AccessException(
                                "FLEET-OS-AUTH-URL", "authUrl", "Give Keystone's v3 URL (auth_url).")),
                "auth_url",
                "https://keystone.example:5000/v3");
    }

    /** A pasted clouds.yaml stands for the fields it holds (its cloud's entry). */
    private static Map<String, String> fromCloudsYaml(Map<String, String> given) {
        AccessFields form = AccessFields.of(given);
        Optional<String> yaml = form.text("cloudsYaml");
        if (yaml.isEmpty()) {
            return given;
        }
        return CloudsYaml.entry(yaml.get(), form.text("cloud").orElse(null));
    }

    private static String password(AccessFields form, Optional<String> user, Optional<OpenStackAccess> previous) {
        return form.text("password", () -> previous.flatMap(p -> p.password()))
                .orElseThrow(() -> new AccessException(
                        "FLEET-OS-PASSWORD", "password", "Give the password of " + user.orElseThrow() + "."));
    }

    private static String appSecret(AccessFields form, String appId, Optional<OpenStackAccess> previous) {
        return form.text("applicationCredentialSecret", () -> previous.flatMap(p -> p.applicationCredentialSecret()))
                .orElseThrow(() -> new AccessException(
                        "FLEET-OS-APP-SECRET",
                        "applicationCredentialSecret",
                        "Give the secret of application credential " + appId + "."));
    }

    @Override
    public Map<String, String> encode(TargetAccess access) {
        OpenStackAccess o = (OpenStackAccess) access;
        return new AccessFields.Encoded()
                .put("authUrl", o.authUrl())
                .put("userName", o.userName())
                .put("userDomain", o.userDomain())
                .put("password", o.password())
                .put("applicationCredentialId", o.applicationCredentialId())
                .put("applicationCredentialSecret", o.applicationCredentialSecret())
                .put("projectName", o.projectName())
                .put("projectDomain", o.projectDomain())
                .put("region", o.region())
                .put("caCertificate", o.caCertificate())
                .map();
    }

    @Override
    public TargetAccess decode(Map<String, String> stored) {
        AccessFields s = AccessFields.of(stored);
        return new OpenStackAccess(
                URI.create(s.stored("authUrl").orElseThrow()),
                s.stored("userName"),
                s.stored("userDomain"),
                s.stored("password"),
                s.stored("applicationCredentialId"),
                s.stored("applicationCredentialSecret"),
                s.stored("projectName"),
                s.stored("projectDomain"),
                s.stored("region"),
                s.stored("caCertificate"));
    }

    @Override
    public Vocabulary vocabulary() {
        return new Vocabulary("hypervisor", "hypervisors", "flavours");
    }

    /** Heat stacks boot VM images; a container VDU goes elsewhere. */
    @Override
    public List<DesignFit> fit(WorkloadShape shape) {
        return List.of(
                shape.virtualMachine()
                        ? DesignFit.fits("OpenStack")
                        : DesignFit.refused(
                                "OpenStack",
                                "VDU " + shape.name() + " is a container VDU; OpenStack targets run VM images"));
    }

    @Override
    public Set<Runs> runs() {
        return Set.of(Runs.VIRTUAL_MACHINES);
    }

    @Override
    public ConnectorFactory connectors(PlatformContext context) {
        return new OpenStackConnectorFactory(context.clock());
    }
}
