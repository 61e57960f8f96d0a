package io.chainline.tosca.cli;

import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.model.Sol001Edition;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chainline-tosca convert [--edition 4.4.1|2.6.1] [--identity key=value]... --out DIR INPUT}: reads a VNFD or
 * NSD (YAML or CSAR) into Chainline's model and writes it back as SOL001 YAML of the edition: the round trip the
 * console's export does. A legacy descriptor's missing SOL001 identity is given with {@code --identity}.
 */
final class ConvertCommand {

    private ConvertCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Sol001Edition edition = Sol001Edition.DEFAULT;
        Path outDir = null;
        Path input = null;
        Map<String, String> identity = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--edition") && i + 1 < args.size()) {
                Optional<Sol001Edition> chosen = Sol001Edition.of(args.get(++i));
                if (chosen.isEmpty()) {
                    return usage(err, "unknown edition " + args.get(i) + "; use 4.4.1 or 2.6.1");
                }
                edition = chosen.get();
            } else if (arg.equals("--identity") && i + 1 < args.size()) {
                String[] pair = args.get(++i).split("=", 2);
                if (pair.length != 2 || !IdentityFill.KEYS.contains(pair[0]) || pair[1].isBlank()) {
                    return usage(err, "--identity takes key=value with a key among " + IdentityFill.KEYS);
                }
                identity.put(pair[0], pair[1]);
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                outDir = Path.of(args.get(++i));
            } else if (!arg.startsWith("-") && input == null) {
                input = Path.of(arg);
            } else {
                return usage(err, "unexpected argument " + arg);
            }
        }
        if (input == null || outDir == null || !Files.isRegularFile(input)) {
            return usage(err, "convert needs --out and an existing input file");
        }
        return convert(input, outDir, edition, identity, out);
    }

    /** Imports {@code input} and writes it in {@code edition} under {@code target}; prints what happened. */
    private static int convert(
            Path input, Path target, Sol001Edition edition, Map<String, String> identity, PrintStream out)
            throws IOException {
        ToscaEngine engine = new ToscaEngine();
        ImportResult imported = engine.importFile(input);
        if (imported.descriptor().isEmpty()) {
            out.printf(
                    "%s: %s, nothing to convert%n",
                    input, imported.report().verdict().name().toLowerCase());
            imported.report().issues().forEach(issue -> out.println("  " + issue.describe()));
            return ToscaCli.REJECTED;
        }
        ExportResult export =
                engine.export(IdentityFill.fill(imported.descriptor().get(), identity), edition);
        if (export.written().isPresent()) {
            Files.createDirectories(target);
            for (Map.Entry<String, String> file : export.written().get().files().entrySet()) {
                Files.writeString(target.resolve(file.getKey()), file.getValue());
            }
        }
        out.printf(
                "%s -> %s (SOL001 %s): %s%n",
                input,
                export.written().map(w -> target.resolve(w.entry()).toString()).orElse("nothing written"),
                edition.version(),
                export.report().verdict().name().toLowerCase());
        // what reading did (a legacy VNFD's conversion report), then what writing found
        imported.report().issues().forEach(issue -> out.println("  " + issue.describe()));
        export.report().issues().forEach(issue -> out.println("  " + issue.describe()));
        if (export.report().issues().stream().anyMatch(i -> i.code() == IssueCode.DESCRIPTOR_IDENTITY_MISSING)) {
            out.println("  A legacy descriptor has no SOL001 identity: give what is missing with --identity key=value"
                    + " (repeatable; keys " + IdentityFill.KEYS + ").");
        }
        return export.ok() ? ToscaCli.ACCEPTED : ToscaCli.REJECTED;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem
                + "\nusage: chainline-tosca convert [--edition 4.4.1|2.6.1] [--identity key=value]... --out DIR INPUT");
        return ToscaCli.USAGE;
    }
}
