package io.chainline.tosca.model;

import java.util.List;

/**
 * {@code tosca.nodes.nfv.Vdu.OsContainerDeployableUnit}: a pod-like unit of {@link Container}s, deployed as a
 * managed container infrastructure object (MCIO) of {@code mcioType} (Deployment or StatefulSet).
 */
public record ContainerVdu(
        String node,
        String name,
        String description,
        VduProfile profile,
        String mcioName,
        String mcioType,
        List<Container> containers,
        List<String> storages,
        VduExtensions extensions)
        implements Vdu {

    public ContainerVdu {
        containers = List.copyOf(containers);
        storages = List.copyOf(storages);
    }
}
