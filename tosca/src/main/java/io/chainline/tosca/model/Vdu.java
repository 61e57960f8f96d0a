package io.chainline.tosca.model;

import java.util.List;

/** A virtualisation deployment unit: a VM ({@link ComputeVdu}) or a pod of containers ({@link ContainerVdu}). */
public sealed interface Vdu permits ComputeVdu, ContainerVdu {

    /** The node template's name, which everything else refers to. */
    String node();

    String name();

    String description();

    VduProfile profile();

    /** Storage node templates attached to it. */
    List<String> storages();

    VduExtensions extensions();
}
