package io.chainline.tosca.cli;

import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The CLI's JSON: one object per input. Written by hand so the engine needs no JSON library. */
final class JsonReports {

    private JsonReports() {}

    /** @param profile the profile every report was judged by, repeated in each so a report stands alone */
    static String toJson(List<ValidationReport> reports, Profile profile) {
        return reports.stream().map(r -> report(r, profile)).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
    }

    private static String report(ValidationReport r, Profile profile) {
        return "{" + field("file", r.file()) + "," + field("profile", profile.key()) + ","
                + field("verdict", r.verdict().name().toLowerCase(Locale.ROOT)) + ","
                + field("dialect", r.dialect().orElse(null)) + ","
                + field("sol001Version", r.sol001Version().orElse(null))
                + "," + field("kind", r.kind()) + ",\"nodeTemplates\":" + r.nodeTemplates() + ",\"issues\":["
                + r.issues().stream().map(JsonReports::issue).collect(Collectors.joining(",")) + "]}";
    }

    private static String issue(Issue i) {
        return "{" + field("code", i.code().code()) + ","
                + field("severity", i.severity().name()) + ","
                + field("file", i.file()) + ",\"line\":" + i.line() + ",\"column\":" + i.column() + ","
                + field("path", i.path()) + "," + field("message", i.message()) + "}";
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":" + (value == null ? "null" : "\"" + escape(value) + "\"");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
