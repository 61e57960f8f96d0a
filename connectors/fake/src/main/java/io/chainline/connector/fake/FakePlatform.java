package io.chainline.connector.fake;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.AccessFields;
import io.chainline.connector.api.AccessForm;
import io.chainline.connector.api.AccessForm.Field;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.PlatformContext;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A platform that exists only in memory: benches in a {@link FakeLab}, reached as {@code fake://bench-name} with a
 * token. Everything the console knows of it comes from here and {@code META-INF/services}.
 */
public final class FakePlatform implements Platform {

    public static final TargetKind KIND = TargetKind.of("FAKE");

    static final AccessForm FORM = new AccessForm(
            List.of(
                    Field.text("endpoint", "Bench (fake://name)", "Any name: the lab makes the bench on first use.")
                            .asRequired(),
                    Field.secret("token", "Bench token", "Anything but 'wrong'.")
                            .asRequired()),
            "Give the bench's fake:// address and its token.");

    @Override
    public TargetKind kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Fake lab bench (tests)";
    }

    @Override
    public AccessForm form() {
        return FORM;
    }

    @Override
    public ResolvedAccess resolve(Map<String, String> given, Optional<TargetAccess> stored) {
        AccessFields form = AccessFields.of(given);
        Optional<FakeAccess> previous =
                stored.filter(FakeAccess.class::isInstance).map(FakeAccess.class::cast);
        URI endpoint = AccessFields.uri(
                form.text("endpoint", () -> previous.map(p -> p.endpoint().toString()))
                        .orElseThrow(() -> new AccessException(
                                "FAKE-ENDPOINT", "endpoint", "Give the bench's address, like fake://bench-1.")),
                "endpoint",
                "fake://bench-1");
        if (!"fake".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
            throw new AccessException(
                    "FAKE-ENDPOINT", "endpoint", "A bench's address is fake://name, such as fake://bench-1.");
        }
        String token = form.text("token", () -> previous.map(FakeAccess::token))
                .orElseThrow(() -> new AccessException("FAKE-TOKEN", "token", "Give the bench's token."));
        return new ResolvedAccess(new FakeAccess(endpoint, token), endpoint.toString());
    }

    @Override
    public Map<String, String> encode(TargetAccess access) {
        FakeAccess fake = (FakeAccess) access;
        return Map.of("endpoint", fake.endpoint().toString(), "token", fake.token());
    }

    @Override
    public TargetAccess decode(Map<String, String> stored) {
        return new FakeAccess(URI.create(stored.get("endpoint")), stored.get("token"));
    }

    @Override
    public Vocabulary vocabulary() {
        return new Vocabulary("bench slot", "bench slots", "runtimes");
    }

    @Override
    public Set<Runs> runs() {
        return Set.of(Runs.CONTAINERS);
    }

    @Override
    public ConnectorFactory connectors(PlatformContext context) {
        return new FakeConnectorFactory();
    }
}
