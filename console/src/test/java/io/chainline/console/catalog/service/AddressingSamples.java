package io.chainline.console.catalog.service;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Subnets, addressing and capabilities the property tests set, valid and not (the model keeps what is typed). */
public final class AddressingSamples {

    public static final List<Optional<L3Data>> SUBNETS = List.of(
            Optional.empty(),
            Subnets.l3("10.60.2.0/24", "", "", false),
            Subnets.l3("10.60.3.0/24", "10.60.3.1", "10.60.3.10-10.60.3.99, 10.60.3.200-10.60.3.250", false),
            Subnets.l3("fd00:60:4::/64", "fd00:60:4::1", "", true),
            Subnets.l3("10.60.300.0/24", "", "", false),
            Subnets.l3("", "10.0.0.1", "nonsense", true));

    public static final List<Optional<CpAddressing>> ADDRESSING = List.of(
            Optional.empty(),
            Optional.of(new CpAddressing(List.of("10.60.2.10"), 1, false)),
            Optional.of(new CpAddressing(List.of("10.60.2.10", "10.60.2.11", "10.60.2.12"), 1, false)),
            Optional.of(new CpAddressing(List.of(), 2, true)),
            Optional.of(new CpAddressing(List.of("not-an-address", "10.60.2.10", "10.60.2.10"), 1, true)));

    public static final List<Set<String>> CAPABILITIES =
            List.of(Set.of(), Set.of("NET_ADMIN"), Set.of("NET_ADMIN", "NET_RAW", "SYS_NICE"), Set.of("BPF"));

    private AddressingSamples() {}
}
