package io.chainline.tosca.sol001;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TOSCA {@code scalar-unit.size} values ("512 MB", "1 GiB") to and from bytes. Units are case-insensitive. */
public final class Scalars {

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]+)\\s*");
    private static final Map<String, Long> UNITS = Map.of(
            "b", 1L,
            "kb", 1_000L,
            "kib", 1L << 10,
            "mb", 1_000_000L,
            "mib", 1L << 20,
            "gb", 1_000_000_000L,
            "gib", 1L << 30,
            "tb", 1_000_000_000_000L,
            "tib", 1L << 40);
    /** Largest first, so the written form is the shortest exact one. */
    private static final String[] WRITTEN = {"TiB", "TB", "GiB", "GB", "MiB", "MB", "KiB", "kB"};

    private Scalars() {}

    /** Bytes, when the text is a size TOSCA accepts and fits a long. */
    public static OptionalLong bytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        Long unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (unit == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(new BigDecimal(m.group(1))
                    .multiply(BigDecimal.valueOf(unit))
                    .setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** The shortest exact form: 536870912 is "512 MiB", 2000000000 is "2 GB", 1500 is "1500 B". */
    public static String size(long bytes) {
        for (String unit : WRITTEN) {
            long factor = UNITS.get(unit.toLowerCase(Locale.ROOT));
            if (bytes != 0 && bytes % factor == 0) {
                return bytes / factor + " " + unit;
            }
        }
        return bytes + " B";
    }
}
