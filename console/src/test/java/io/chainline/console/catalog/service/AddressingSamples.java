package io.chainline.console.catalog.service;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subnets, addressing and capabilities the property tests set. The valid ones never overlap between links (each link
 * gets its own 10.60.i.0/24), so a model holding them also survives SOL001 export and import; the invalid ones only
 * need to survive storage (the model keeps what is typed).
 */
public final class AddressingSamples {

    public static final List<Optional<L3Data>> INVALID_SUBNETS = List.of(
            Subnets.l3("10.60.300.0/24", "", "", false),
            Subnets.l3("", "10.0.0.1", "nonsense", true),
            Subnets.l3("10.60.2.0/33", "x", "10.60.2.5", false));

    public static final List<Optional<CpAddressing>> ADDRESSING = List.of(
            Optional.empty(),
            Optional.of(new CpAddressing(List.of("10.60.2.10"), 1, false)),
            Optional.of(new CpAddressing(List.of("10.60.2.10", "10.60.2.11", "10.60.2.12"), 1, false)),
            Optional.of(new CpAddressing(List.of(), 2, true)));

    public static final List<Optional<CpAddressing>> INVALID_ADDRESSING = List.of(
            Optional.of(new CpAddressing(List.of("not-an-address", "10.60.2.10", "10.60.2.10"), 1, true)),
            Optional.of(new CpAddressing(List.of("10.60.2.999"), 0, false)));

    public static final List<Set<String>> CAPABILITIES =
            List.of(Set.of(), Set.of("NET_ADMIN"), Set.of("NET_ADMIN", "NET_RAW", "SYS_NICE"), Set.of("BPF"));

    private AddressingSamples() {}

    /**
     * Whether the engine refused an imported model for its addresses (an L3 error: a later edit moved a point off its
     * fixed address's subnet, say). Such a model cannot be published; only storage must keep it as typed.
     */
    public static boolean addressedBadly(io.chainline.tosca.ImportResult imported) {
        boolean bad = imported.report().issues().stream()
                .anyMatch(i -> i.severity() == io.chainline.tosca.issue.Severity.ERROR
                        && i.code().name().startsWith("L3_"));
        net.jqwik.api.statistics.Statistics.label("refused for its addresses").collect(bad);
        return bad;
    }

    /** A valid subnet of the link at {@code link} (its own, so links never overlap), in one of five forms. */
    public static Optional<L3Data> subnet(int link, int variant) {
        String net = "10.60." + (link % 250) + ".";
        return switch (variant % 5) {
            case 0 -> Optional.empty();
            case 1 -> Subnets.l3(net + "0/24", "", "", false);
            case 2 ->
                Subnets.l3(net + "0/24", net + "1", net + "10-" + net + "99, " + net + "200-" + net + "250", false);
            case 3 -> Subnets.l3(net + "0/24", net + "1", "", true);
            default -> Subnets.l3("fd00:60:" + (link % 250) + "::/64", "fd00:60:" + (link % 250) + "::1", "", false);
        };
    }
}
