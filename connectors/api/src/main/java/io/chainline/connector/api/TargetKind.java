package io.chainline.connector.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The kind of platform a target is, as data: an upper-case id such as {@code DOCKER}. Each installed connector module
 * brings one kind (its {@link Platform}); the set is open, so a new platform is a new module and nothing else (ADR 23).
 * The ids of the platforms Chainline ships with are kept as constants: they are the values stored since V004.
 *
 * @param name the id, upper case, letters, digits and underscores, at most 32 characters
 */
public record TargetKind(String name) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** A Kubernetes cluster (plain, or on OpenStack through Magnum), reached with a kubeconfig. */
    public static final TargetKind KUBERNETES = new TargetKind("KUBERNETES");
    /** An OpenStack cloud: VMs through Heat stacks, Keystone v3 auth. */
    public static final TargetKind OPENSTACK = new TargetKind("OPENSTACK");
    /** A plain Docker host or a Swarm manager, reached through a DOCKER_HOST-style endpoint. */
    public static final TargetKind DOCKER = new TargetKind("DOCKER");

    public TargetKind {
        if (name == null || !ID.matcher(name).matches()) {
            throw new IllegalArgumentException("a target kind is an upper-case id of letters, digits and underscores,"
                    + " at most 32 characters, such as DOCKER; not '" + name + "'");
        }
    }

    /** Reads a kind as it is written in requests, stored rows and JSON; lower case is accepted and upper-cased. */
    @JsonCreator
    public static TargetKind of(String name) {
        return new TargetKind(name == null ? null : name.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The id as stored and sent. */
    @Override
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
