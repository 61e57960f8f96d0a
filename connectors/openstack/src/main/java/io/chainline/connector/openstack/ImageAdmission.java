package io.chainline.connector.openstack;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Platforms;
import io.chainline.connector.api.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.image.v2.Image;

/**
 * Before a stack is planned: every VDU's image is in the cloud's image service, its {@code hw_architecture} is one
 * the VDU allows, and some hypervisor of the cloud has it. Nova schedules by that property; refusing here says why
 * up front instead of a server stuck in ERROR ("No valid host was found").
 */
final class ImageAdmission {

    private final OSClientV3 os;

    ImageAdmission(OSClientV3 os) {
        this.os = os;
    }

    void admit(DeploymentUnit unit) {
        Set<Architecture> cloud = os.compute().hypervisors().list().stream()
                .flatMap(h -> h.getCPUInfo() == null
                        ? java.util.stream.Stream.empty()
                        : Architecture.parse(h.getCPUInfo().getArch()).stream())
                .collect(Collectors.toSet());
        for (Workload workload : unit.workloads()) {
            Workload.VmSpec vm = workload.vm().orElseThrow();
            List<? extends Image> found = os.imagesV2().list(Map.of("name", vm.image()));
            if (found.isEmpty()) {
                throw new ConnectorException(
                        ConnectorException.Reason.REJECTED,
                        "VDU " + workload.name() + " boots image '" + vm.image() + "', which this cloud's image service"
                                + " does not have; upload it (openstack image create --property hw_architecture=…)"
                                + " or correct the VDU's image name.");
            }
            Optional<Architecture> built = Architecture.parse(found.getFirst().getArchitecture());
            if (built.isPresent()
                    && !workload.architectures().isEmpty()
                    && !workload.architectures().contains(built.get())) {
                throw new ConnectorException(
                        ConnectorException.Reason.UNSUPPORTED,
                        "Image '" + vm.image() + "' is hw_architecture=" + built.get() + " but VDU " + workload.name()
                                + " allows only " + Platforms.names(workload.architectures())
                                + "; upload an image for those or allow " + built.get() + ".");
            }
            Set<Architecture> runnable = built.map(Set::of).orElse(workload.architectures());
            if (!runnable.isEmpty() && !cloud.isEmpty() && runnable.stream().noneMatch(cloud::contains)) {
                throw new ConnectorException(
                        ConnectorException.Reason.UNSUPPORTED,
                        "VDU " + workload.name() + " needs " + Platforms.names(runnable) + " but this cloud's"
                                + " hypervisors are " + Platforms.names(cloud) + "; choose another cloud or image.");
            }
        }
    }
}
