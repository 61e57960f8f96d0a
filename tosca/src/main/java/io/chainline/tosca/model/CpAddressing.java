package io.chainline.tosca.model;

import java.util.List;

/**
 * How a connection point gets its addresses: SOL001 {@code VduCp.protocol[].address_data[].l3_address_data}
 * ({@code fixed_ip_address}, {@code number_of_ip_address}), and whether it is the management interface rather than
 * a data one (a Chainline extension: SOL001 has no standard flag for it).
 *
 * @param fixedAddresses the fixed addresses, one per instance in instance order; empty: allocated
 * @param numberOfAddresses how many addresses to allocate when none is fixed (1 by default)
 * @param management the management interface: not on any forwarding path, reached by the console and the NOC
 */
public record CpAddressing(List<String> fixedAddresses, int numberOfAddresses, boolean management) {

    public CpAddressing {
        fixedAddresses = List.copyOf(fixedAddresses);
        if (numberOfAddresses < 0) {
            throw new IllegalArgumentException(
                    "A connection point cannot ask for " + numberOfAddresses + " addresses.");
        }
    }

    /** One allocated data address: what a CP gets when the descriptor says nothing. */
    public static CpAddressing allocated() {
        return new CpAddressing(List.of(), 1, false);
    }
}
