package io.chainline.tosca.cli;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.csar.CsarWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code chainline-tosca export --entry Definitions/x.yaml --out pkg.csar DIR}: packages a descriptor directory as a
 * SOL004 CSAR (TOSCA.meta, manifest with SHA-256 digests), then validates what it wrote. The manifest metadata comes
 * from {@code --meta key=value} options, else from the directory's existing root manifest.
 */
final class ExportCommand {

    private ExportCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--entry") || arg.equals("--out")) && i + 1 < args.size()) {
                options.put(arg, args.get(++i));
            } else if (arg.equals("--meta")
                    && i + 1 < args.size()
                    && args.get(i + 1).contains("=")) {
                String[] kv = args.get(++i).split("=", 2);
                metadata.put(kv[0], kv[1]);
            } else if (!arg.startsWith("-") && dir == null) {
                dir = Path.of(arg);
            } else {
                return usage(err, "unexpected argument " + arg);
            }
        }
        if (dir == null
                || !Files.isDirectory(dir)
                || !options.containsKey("--entry")
                || !options.containsKey("--out")) {
            return usage(err, "export needs --entry, --out and a directory");
        }
        return export(dir, options.get("--entry"), options.get("--out"), metadata, out, err);
    }

    /** Packs {@code dir} into a CSAR at {@code target} and validates what was written, as an importer would. */
    private static int export(
            Path dir, String entry, String outFile, Map<String, String> metadata, PrintStream out, PrintStream err)
            throws IOException {
        Map<String, byte[]> files = collect(dir);
        if (metadata.isEmpty()) {
            metadata.putAll(existingMetadata(dir));
        }
        if (metadata.isEmpty()) {
            return usage(
                    err,
                    dir + " has no root manifest to take the package metadata from; give it with --meta"
                            + " (vnf_provider_id, vnf_product_name, vnf_release_date_time, vnf_package_version)");
        }
        if (!files.containsKey(entry)) {
            return usage(err, "the entry " + entry + " is not in " + dir);
        }
        byte[] csar = new CsarWriter().write(new CsarWriter.Content(entry, files, metadata, "Chainline"));
        Path target = Path.of(outFile);
        Files.write(target, csar);
        ValidationReport report = new ToscaEngine().validateCsar(target.toString(), csar);
        out.printf(
                "%s: written (%d bytes), %s%n",
                target, csar.length, report.verdict().name().toLowerCase());
        report.issues().forEach(issue -> out.println("  " + issue.describe()));
        return report.accepted() ? ToscaCli.ACCEPTED : ToscaCli.REJECTED;
    }

    /** Every file except the package's own metadata, manifest and signatures, which the writer makes anew. */
    private static Map<String, byte[]> collect(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                boolean regenerated = path.startsWith("TOSCA-Metadata/")
                        || (!path.contains("/") && path.matches(".*\\.(mf|cms|cert)$"));
                if (!regenerated) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** The metadata block of the directory's own root manifest, when it has one. */
    private static Map<String, String> existingMetadata(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path mf :
                    list.filter(p -> p.toString().endsWith(".mf")).sorted().toList()) {
                return CsarWriter.manifestMetadata(Files.readAllBytes(mf));
            }
        }
        return Map.of();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem
                + "\nusage: chainline-tosca export --entry PATH_IN_DIR --out FILE.csar [--meta key=value]... DIR");
        return ToscaCli.USAGE;
    }
}
