package io.chainline.connector.api;

/** The kinds of platform Chainline deploys to; each has exactly one connector module. */
public enum TargetKind {
    /** A Kubernetes cluster (plain, or on OpenStack through Magnum), reached with a kubeconfig. */
    KUBERNETES,
    /** An OpenStack cloud: VMs through Heat stacks, Keystone v3 auth. */
    OPENSTACK,
    /** A plain Docker host or a Swarm manager, reached through a DOCKER_HOST-style endpoint. */
    DOCKER
}
