package io.chainline.connector.fake;

import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.net.URI;

/** A bench in the fake lab ({@code fake://bench-name}) and its token; the token never shows. */
public record FakeAccess(URI endpoint, String token) implements TargetAccess {

    @Override
    public TargetKind kind() {
        return FakePlatform.KIND;
    }

    /** The bench this access reaches: the endpoint's host. */
    public String bench() {
        return endpoint.getHost();
    }

    @Override
    public String toString() {
        return "Fake[" + endpoint + ", secrets redacted]";
    }
}
