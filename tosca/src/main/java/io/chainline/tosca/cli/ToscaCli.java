package io.chainline.tosca.cli;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code chainline-tosca validate [--format text|json] [--profile strict|interop] PATH...}: files, CSARs or
 * directories (searched for .yaml, .yml, .csar and .zip). Exit code 0 when every input is accepted, 1 when any is
 * rejected, 2 on a usage error. The profile is strict unless told: the CLI is for vendors' CI, which wants to hear
 * every deviation from SOL001/SOL004 (ADR 0037).
 */
public final class ToscaCli {

    static final int ACCEPTED = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT =
            "usage: chainline-tosca validate [--format text|json] [--profile strict|interop] PATH...\n"
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
        Optional<ValidateOptions> options = ValidateOptions.parse(args.subList(1, args.size()), err);
        if (options.isEmpty()) {
            return USAGE;
        }
        List<Path> files = new ArrayList<>();
        for (Path input : options.get().inputs()) {
            if (!Files.exists(input)) {
                err.println("no such file or directory: " + input);
                return USAGE;
            }
            files.addAll(expand(input));
        }
        Profile profile = options.get().profile();
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        List<ValidationReport> reports = validateAll(engine, files);
        if (options.get().json()) {
            out.println(JsonReports.toJson(reports, profile));
        } else {
            out.println("profile: " + profile.key());
            reports.forEach(report -> printText(report, out));
        }
        return reports.stream().allMatch(ValidationReport::accepted) ? ACCEPTED : REJECTED;
    }

    /**
     * The files are independent and the engine keeps no state between them (bundled types are parsed once, into a
     * concurrent map): several are validated on all cores at once; the reports keep the order of the files.
     */
    private static List<ValidationReport> validateAll(ToscaEngine engine, List<Path> files) {
        return files.size() < 2
                ? files.stream().map(engine::validate).toList()
                : files.parallelStream().map(engine::validate).toList();
    }

    /** {@code validate}'s options; the profile is strict unless told. */
    private record ValidateOptions(boolean json, Profile profile, List<Path> inputs) {

        /** @return empty after printing what is wrong, for a usage error */
        static Optional<ValidateOptions> parse(List<String> args, PrintStream err) {
            String format = "text";
            String profile = Profile.STRICT.key();
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--format") || arg.equals("--profile")) && i + 1 < args.size()) {
                    String value = args.get(++i);
                    format = arg.equals("--format") ? value.toLowerCase(Locale.ROOT) : format;
                    profile = arg.equals("--profile") ? value : profile;
                } else if (arg.startsWith("--format=")) {
                    format = arg.substring("--format=".length()).toLowerCase(Locale.ROOT);
                } else if (arg.startsWith("--profile=")) {
                    profile = arg.substring("--profile=".length());
                } else if (arg.startsWith("-")) {
                    err.println("unknown option " + arg + "\n" + USAGE_TEXT);
                    return Optional.empty();
                } else {
                    inputs.add(Path.of(arg));
                }
            }
            return check(format, profile, inputs, err);
        }

        private static Optional<ValidateOptions> check(
                String format, String profileName, List<Path> inputs, PrintStream err) {
            if (inputs.isEmpty() || !(format.equals("text") || format.equals("json"))) {
                err.println(USAGE_TEXT);
                return Optional.empty();
            }
            Optional<Profile> profile = Profile.parse(profileName);
            if (profile.isEmpty()) {
                err.println("unknown profile '" + profileName + "'; choose one of: "
                        + Arrays.stream(Profile.values()).map(Profile::key).collect(Collectors.joining(", "))
                        + "\n" + USAGE_TEXT);
                return Optional.empty();
            }
            return Optional.of(new ValidateOptions(format.equals("json"), profile.get(), inputs));
        }
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
