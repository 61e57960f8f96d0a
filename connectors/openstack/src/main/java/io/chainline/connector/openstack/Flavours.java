package io.chainline.connector.openstack;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Workload;
import java.util.Comparator;
import java.util.List;

/** The smallest of the cloud's flavours that fits a VDU's virtual CPUs, memory and disk. */
final class Flavours implements HeatTemplates.FlavourChoice {

    /** A flavour as Nova lists it: name, vCPUs, memory (MiB), root disk (GiB). */
    record Flavour(String name, int vcpus, int ramMiB, int diskGiB) {}

    private final List<Flavour> flavours;

    Flavours(List<Flavour> flavours) {
        this.flavours = List.copyOf(flavours);
    }

    @Override
    public String flavourFor(Workload.VmSpec vm) {
        long ramMiB = vm.memoryBytes() >> 20;
        long diskGiB = (vm.diskBytes() + (1L << 30) - 1) >> 30;
        return flavours.stream()
                .filter(f -> f.vcpus() >= vm.vcpus() && f.ramMiB() >= ramMiB && f.diskGiB() >= diskGiB)
                .min(Comparator.comparingInt(Flavour::vcpus)
                        .thenComparingInt(Flavour::ramMiB)
                        .thenComparingInt(Flavour::diskGiB))
                .map(Flavour::name)
                .orElseThrow(() -> new ConnectorException(
                        ConnectorException.Reason.UNSUPPORTED,
                        "No flavour of this cloud has " + vm.vcpus() + " vCPUs, " + ramMiB + " MiB and " + diskGiB
                                + " GiB of disk (it has "
                                + flavours.stream().map(Flavour::name).toList()
                                + "); ask the cloud's operator for one, or size the VDU down."));
    }
}
