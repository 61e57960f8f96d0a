package io.chainline.tosca.csar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a CMS signature is checked against: the content as it is in the package, described so that a finding can say
 * exactly what was verified, and for a manifest (SOL004 option 1) the line-ending and trailing-newline variants that
 * were also tried. A variant that matches does not make the signature valid (the bytes signed are not the bytes
 * shipped); it only tells the vendor what changed.
 *
 * @param description what the first variant is, e.g. "the manifest before its CMS block (812 bytes, lines 1 to 24)"
 * @param variants the content as is first, then the other variants tried, all distinct
 */
record SignedContent(String description, List<Variant> variants) {

    record Variant(String label, byte[] bytes) {}

    SignedContent {
        variants = List.copyOf(variants);
    }

    byte[] asIs() {
        return variants.getFirst().bytes();
    }

    /** The labels of the variants tried besides the content as is. */
    List<String> alsoTried() {
        return variants.stream().skip(1).map(Variant::label).toList();
    }

    /** SOL004 option 2: the whole inner CSAR, signed as it is; nothing else is tried. */
    static SignedContent file(String name, byte[] bytes) {
        return new SignedContent(
                "the file " + name + " as it is (" + bytes.length + " bytes)", List.of(new Variant("as it is", bytes)));
    }

    /** SOL004 option 1: the manifest's text before its CMS block, and its line-ending and ending variants. */
    static SignedContent manifest(String name, byte[] beforeCms) {
        String text = new String(beforeCms, StandardCharsets.UTF_8);
        int lines = (int) text.lines().count();
        String description = "the manifest " + name + " before its CMS block (" + beforeCms.length + " bytes, lines 1"
                + " to " + lines + ", " + endings(text) + ", " + ending(text) + ")";
        List<Variant> variants = new ArrayList<>();
        add(variants, "as it is", text);
        String lf = text.replace("\r\n", "\n");
        String crlf = lf.replace("\n", "\r\n");
        endingVariants(variants, "", text);
        endingVariants(variants, "LF line endings", lf);
        endingVariants(variants, "CRLF line endings", crlf);
        return new SignedContent(description, variants);
    }

    /** The text with the given line endings, and with its end changed: what transfers and editors do to files. */
    private static void endingVariants(List<Variant> variants, String endings, String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String body = text.stripTrailing();
        add(variants, endings, text);
        add(variants, join(endings, "no trailing blank line"), body + newline);
        add(variants, join(endings, "no final line break"), body);
        add(variants, join(endings, "a trailing blank line"), body + newline + newline);
    }

    private static String join(String endings, String ending) {
        return endings.isEmpty() ? ending : endings + " and " + ending;
    }

    private static void add(List<Variant> variants, String label, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!label.isEmpty() && variants.stream().noneMatch(v -> Arrays.equals(v.bytes(), bytes))) {
            variants.add(new Variant(label, bytes));
        }
    }

    private static String endings(String text) {
        boolean crlf = text.contains("\r\n");
        boolean lf = text.replace("\r\n", "").contains("\n");
        if (crlf && lf) {
            return "mixed CRLF and LF line endings";
        }
        return crlf ? "CRLF line endings" : "LF line endings";
    }

    private static String ending(String text) {
        if (text.endsWith("\n\n") || text.endsWith("\r\n\r\n")) {
            return "ending with a blank line";
        }
        return text.endsWith("\n") ? "ending with a line break" : "without a final line break";
    }
}
