package io.chainline.tosca.cli;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Issue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code chainline-tosca validate [--format text|json] PATH...}: files, CSARs or directories (searched for .yaml,
 * .yml, .csar and .zip). Exit code 0 when every input is accepted, 1 when any is rejected, 2 on a usage error.
 */
public final class ToscaCli {

    static final int ACCEPTED = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = "usage: chainline-tosca validate [--format text|json] PATH...\n"
            + "       chainline-tosca export --entry PATH_IN_DIR --out FILE.csar [--meta key=value]... DIR\n"
            + "       chainline-tosca convert [--edition 4.4.1|2.6.1] --out DIR INPUT";

    private ToscaCli() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("export")) {
            try {
                return ExportCommand.run(args.subList(1, args.size()), out, err);
            } catch (java.io.IOException e) {
                err.println("export failed: " + e.getMessage());
                return REJECTED;
            }
        }
        if (!args.isEmpty() && args.get(0).equals("convert")) {
            try {
                return ConvertCommand.run(args.subList(1, args.size()), out, err);
            } catch (java.io.IOException e) {
                err.println("convert failed: " + e.getMessage());
                return REJECTED;
            }
        }
        if (args.isEmpty() || !args.get(0).equals("validate")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return validate(args, out, err);
    }

    /** {@code validate [--format text|json] <file or directory>...}; directories are expanded. */
    private static int validate(List<String> args, PrintStream out, PrintStream err) {
        String format = "text";
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i).toLowerCase(Locale.ROOT);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length()).toLowerCase(Locale.ROOT);
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg + "\n" + USAGE_TEXT);
                return USAGE;
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.isEmpty() || !(format.equals("text") || format.equals("json"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("no such file or directory: " + input);
                return USAGE;
            }
            files.addAll(expand(input));
        }
        ToscaEngine engine = new ToscaEngine();
        List<ValidationReport> reports = files.stream().map(engine::validate).toList();
        if (format.equals("json")) {
            out.println(JsonReports.toJson(reports));
        } else {
            reports.forEach(report -> printText(report, out));
        }
        return reports.stream().allMatch(ValidationReport::accepted) ? ACCEPTED : REJECTED;
    }

    private static List<Path> expand(Path input) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches("(?i).*\\.(ya?ml|csar|zip)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of(input);
        }
    }

    private static void printText(ValidationReport report, PrintStream out) {
        out.printf(
                "%s: %s (%s%s, %d node templates)%n",
                report.file(),
                report.verdict().name().toLowerCase(Locale.ROOT),
                report.kind(),
                report.sol001Version().map(v -> ", SOL001 " + v).orElse(""),
                report.nodeTemplates());
        for (Issue issue : report.issues()) {
            out.println("  " + issue.describe());
        }
    }
}
