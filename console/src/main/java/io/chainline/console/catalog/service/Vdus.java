package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import java.util.Optional;
import java.util.OptionalLong;

/** Copies of VDUs and containers with one property changed: the model's records have no withers of their own. */
public final class Vdus {

    private Vdus() {}

    public static Vdu withProfile(Vdu vdu, VduProfile profile) {
        return switch (vdu) {
            case ContainerVdu c ->
                new ContainerVdu(
                        c.node(),
                        c.name(),
                        c.description(),
                        profile,
                        c.mcioName(),
                        c.mcioType(),
                        c.containers(),
                        c.storages(),
                        c.extensions());
            case ComputeVdu m -> compute(m, profile, m.virtualCpus(), m.memoryBytes(), m.image(), m.extensions());
        };
    }

    public static Vdu withExtensions(Vdu vdu, VduExtensions extensions) {
        return switch (vdu) {
            case ContainerVdu c ->
                new ContainerVdu(
                        c.node(),
                        c.name(),
                        c.description(),
                        c.profile(),
                        c.mcioName(),
                        c.mcioType(),
                        c.containers(),
                        c.storages(),
                        extensions);
            case ComputeVdu m -> compute(m, m.profile(), m.virtualCpus(), m.memoryBytes(), m.image(), extensions);
        };
    }

    public static ComputeVdu compute(
            ComputeVdu m,
            VduProfile profile,
            int cpus,
            long memoryBytes,
            Optional<SwImage> image,
            VduExtensions extensions) {
        return new ComputeVdu(
                m.node(),
                m.name(),
                m.description(),
                profile,
                cpus,
                memoryBytes,
                m.cpuArchitecture(),
                image,
                m.storages(),
                extensions,
                m.bootData());
    }

    public static ComputeVdu withBootData(ComputeVdu m, Optional<String> bootData) {
        return new ComputeVdu(
                m.node(),
                m.name(),
                m.description(),
                m.profile(),
                m.virtualCpus(),
                m.memoryBytes(),
                m.cpuArchitecture(),
                m.image(),
                m.storages(),
                m.extensions(),
                bootData);
    }

    /** A VM image known by its name in the VIM (qcow2, booted bare). */
    public static SwImage vmImage(String name) {
        return new SwImage(
                name,
                "",
                Optional.empty(),
                Optional.empty(),
                "bare",
                Optional.of("qcow2"),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public static Container withImage(Container c, Optional<SwImage> image) {
        return new Container(
                c.node(),
                c.name(),
                c.description(),
                image,
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                c.extensions());
    }

    /** A renamed container keeps its display name unless that was its node name too. */
    public static Container renamed(Container c, String node) {
        return new Container(
                node,
                c.name().equals(c.node()) ? node : c.name(),
                c.description(),
                c.image(),
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                c.extensions());
    }

    public static Container withRequests(Container c, OptionalLong milliCpu, OptionalLong memoryBytes) {
        return new Container(
                c.node(),
                c.name(),
                c.description(),
                c.image(),
                milliCpu,
                c.cpuLimitMilli(),
                memoryBytes,
                c.memoryLimitBytes(),
                c.extensions());
    }

    public static Container withExtensions(Container c, ContainerExtensions extensions) {
        return new Container(
                c.node(),
                c.name(),
                c.description(),
                c.image(),
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                extensions);
    }
}
