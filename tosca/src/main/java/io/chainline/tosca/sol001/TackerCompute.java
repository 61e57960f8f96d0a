package io.chainline.tosca.sol001;

import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a legacy {@code VDU.Tacker} VM: its {@code nfv_compute} capability, else what its {@code flavor} name
 * means in a default OpenStack install. One place, so the reader (the model) and the conversion report (the
 * findings) cannot disagree.
 */
final class TackerCompute {

    /** vCPUs, memory and root disk of a VM; disk empty when nothing says it. */
    record Size(int cpus, long memoryBytes, OptionalLong diskBytes) {
        static final Size UNKNOWN = new Size(0, 0, OptionalLong.empty());

        String describe() {
            return cpus + " vCPU, " + Scalars.size(memoryBytes) + " memory"
                    + (diskBytes.isPresent() ? ", " + Scalars.size(diskBytes.getAsLong()) + " root disk" : "");
        }
    }

    /** Where the size came from. */
    enum Source {
        NFV_COMPUTE,
        FLAVOUR,
        UNKNOWN
    }

    /** The size used, its source, the flavour named (if any) and the size that flavour means (if known). */
    record Sizing(Size size, Source source, Optional<String> flavour, Optional<Size> flavourSize) {}

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    /**
     * OpenStack's default flavours, as its administrator guide lists them ("The default flavors are": m1.tiny 1 vCPU
     * / 1 GB disk / 512 MB RAM … m1.xlarge 8 / 160 / 16384; openstack-manuals, doc/user-guide-admin/source/
     * cli_manage_flavors.rst, https://opendev.org/openstack/openstack-manuals). Nova counts RAM in MiB and disk in
     * GiB. Devstack and most test clouds still create them; production clouds often do not, hence the warning.
     */
    static final Map<String, Size> DEFAULT_FLAVOURS = Map.of(
            "m1.tiny", new Size(1, 512 * MIB, OptionalLong.of(GIB)),
            "m1.small", new Size(1, 2048 * MIB, OptionalLong.of(20 * GIB)),
            "m1.medium", new Size(2, 4096 * MIB, OptionalLong.of(40 * GIB)),
            "m1.large", new Size(4, 8192 * MIB, OptionalLong.of(80 * GIB)),
            "m1.xlarge", new Size(8, 16384 * MIB, OptionalLong.of(160 * GIB)));

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]*)\\s*");

    private TackerCompute() {}

    static Sizing of(Node vdu) {
        Optional<String> flavour = vdu.text("flavor").filter(f -> !f.isBlank());
        Optional<Size> flavourSize = flavour.map(f -> DEFAULT_FLAVOURS.get(f.toLowerCase(Locale.ROOT)));
        Optional<YMap> compute = nfvCompute(vdu);
        if (compute.isPresent()) {
            return new Sizing(fromNfvCompute(vdu), Source.NFV_COMPUTE, flavour, flavourSize);
        }
        if (flavourSize.isPresent()) {
            return new Sizing(flavourSize.get(), Source.FLAVOUR, flavour, flavourSize);
        }
        return new Sizing(Size.UNKNOWN, Source.UNKNOWN, flavour, Optional.empty());
    }

    static Optional<YMap> nfvCompute(Node vdu) {
        return vdu.definition()
                .map("capabilities")
                .flatMap(c -> c.map("nfv_compute"))
                .flatMap(c -> c.map("properties"));
    }

    private static Size fromNfvCompute(Node vdu) {
        return new Size(
                (int) Node.asLong(vdu.capabilityProperty("nfv_compute", "num_cpus"))
                        .orElse(0),
                bytes(vdu.capabilityProperty("nfv_compute", "mem_size")).orElse(0),
                bytes(vdu.capabilityProperty("nfv_compute", "disk_size")));
    }

    /**
     * A size as Tacker reads it for Nova (tacker.common.utils.change_memory_unit): a bare number is MB, and MB and GB
     * are Nova's MiB and GiB (Tacker multiplies GB by 1024 into Nova's MB). Units Tacker does not know are read as
     * TOSCA sizes.
     */
    static OptionalLong bytes(Optional<YNode> value) {
        Optional<String> text = value.flatMap(Node::scalarText);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        Matcher m = SIZE.matcher(text.get());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "mb", "mib" -> MIB;
            case "gb", "gib" -> GIB;
            default -> 0;
        };
        if (unit == 0) {
            return Scalars.bytes(text.get());
        }
        try {
            return OptionalLong.of(new BigDecimal(m.group(1))
                    .multiply(BigDecimal.valueOf(unit))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
