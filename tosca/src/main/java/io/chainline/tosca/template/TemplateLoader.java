package io.chainline.tosca.template;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Location;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.types.TypeRegistry;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import io.chainline.tosca.yaml.YamlReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a template and, depth first, everything it imports: relative to the importing file, inside the same source,
 * or from the engine's bundled copies for well-known URLs. Never touches the network. Import cycles, imports that
 * leave the package and remote URLs without a bundled copy are issues, not exceptions.
 */
public final class TemplateLoader {

    public static final int MAX_FILES = 500;

    /** Bundled type files are immutable and identical for every template: parsed once per JVM. */
    private static final java.util.concurrent.ConcurrentMap<String, SourceFile> BUNDLED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final YamlReader yaml;

    public TemplateLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** @return empty when the entry file itself cannot be read as a TOSCA file */
    public Optional<LoadedTemplate> load(FileSource source, String entryName, Issues issues) {
        Run run = new Run(source, issues);
        Optional<SourceFile> entry = run.readFile(entryName, Location.of(entryName), "");
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        run.entryVersion = entry.get().version();
        List<SourceFile> ordered = new ArrayList<>();
        run.bundled(BundledTypes.NORMATIVE).ifPresent(ordered::add);
        if (entry.get()
                .version()
                .filter(v -> v == ToscaVersion.NFV_PROFILE_1_0_0)
                .isPresent()) {
            BundledTypes.TACKER_LEGACY.forEach(name -> run.bundled(name).ifPresent(ordered::add));
        }
        run.visit(entry.get(), ordered);
        TypeRegistry types = registry(ordered);
        List<String> implicit = ImplicitTypes.missingSol001(entry.get(), ordered, types);
        if (implicit.isEmpty()) {
            MisplacedTypes.relocate(types, issues);
            return Optional.of(new LoadedTemplate(entry.get(), ordered, types));
        }
        List<SourceFile> withSol001 = new ArrayList<>(ordered.subList(0, 1));
        implicit.forEach(name -> run.bundled(name).ifPresent(withSol001::add));
        withSol001.addAll(ordered.subList(1, ordered.size()));
        issues.add(
                IssueCode.TOSCA_IMPORT_IMPLICIT,
                entry.get().root().location(),
                "imports",
                "The template uses"
                        + " ETSI SOL001 types without importing their definitions; the bundled " + implicit
                        + " were applied. Import them explicitly so other tools read the template the same way.");
        TypeRegistry withImplicit = registry(withSol001);
        MisplacedTypes.relocate(withImplicit, issues);
        return Optional.of(new LoadedTemplate(entry.get(), withSol001, withImplicit));
    }

    private static TypeRegistry registry(List<SourceFile> files) {
        TypeRegistry types = new TypeRegistry();
        files.forEach(file -> register(file, types));
        return types;
    }

    /** Our own files: a problem reading one is a bug in the build, not a user's mistake. */
    private SourceFile parseBundled(String name) {
        Issues ignored = new Issues();
        byte[] bytes = BundledTypes.read(name).orElseThrow(() -> new IllegalStateException("missing bundled " + name));
        YNode root = yaml.read(name, bytes, ignored)
                .orElseThrow(() -> new IllegalStateException("bundled " + name + " unreadable: " + ignored.list()));
        if (!(root instanceof YMap map)) {
            throw new IllegalStateException("bundled " + name + " is not a map");
        }
        return new SourceFile(name, map, map.text("tosca_definitions_version").flatMap(ToscaVersion::of), true);
    }

    private static void register(SourceFile file, TypeRegistry types) {
        for (TypeKind kind : TypeKind.values()) {
            file.root().map(kind.section()).ifPresent(section -> {
                for (Map.Entry<String, YNode> entry : section.entries().entrySet()) {
                    YMap definition = entry.getValue() instanceof YMap map
                            ? map
                            : new YMap(
                                    Map.of(),
                                    Map.of(),
                                    entry.getValue().location(),
                                    entry.getValue().path());
                    types.add(TypeDef.of(kind, entry.getKey(), definition, file.bundled()));
                }
            });
        }
    }

    /** The state of one load: what was read, and the chain of files being imported (for cycle detection). */
    private final class Run {
        private final FileSource source;
        private final Issues issues;
        private final Set<String> done = new HashSet<>();
        private final Deque<String> chain = new ArrayDeque<>();
        private Optional<ToscaVersion> entryVersion = Optional.empty();

        Run(FileSource source, Issues issues) {
            this.source = source;
            this.issues = issues;
        }

        /** Depth first: a file's imports are registered before the file itself, so local definitions win. */
        void visit(SourceFile file, List<SourceFile> ordered) {
            done.add(file.name());
            chain.push(file.name());
            // SOL001's own vnfd/nsd/pnfd type files rely on their common types file, imported or not
            ImplicitTypes.commonFor(file)
                    .filter(common -> !done.contains(common))
                    .ifPresent(common -> bundled(common).ifPresent(ordered::add));
            for (Optional<ImportReference> reference : ImportReference.of(file.root())) {
                if (reference.isEmpty()) {
                    issues.add(
                            IssueCode.TOSCA_IMPORT_INVALID,
                            file.root().keyLocation("imports"),
                            "imports",
                            "Each import must be a file name, or a map with a 'file' key.");
                    continue;
                }
                resolve(file.name(), reference.get()).ifPresent(target -> follow(target, reference.get(), ordered));
            }
            chain.pop();
            ordered.add(file);
        }

        private void follow(String target, ImportReference reference, List<SourceFile> ordered) {
            if (chain.contains(target)) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_CYCLE,
                        reference.location(),
                        reference.path(),
                        "'" + target
                                + "' is already being imported by this chain (" + String.join(" <- ", chain)
                                + "); remove the import that closes the cycle.");
                return;
            }
            if (done.contains(target)) {
                return; // imported twice along different paths: read once
            }
            if (done.size() >= MAX_FILES) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_INVALID,
                        reference.location(),
                        reference.path(),
                        "More than " + MAX_FILES + " files are imported; this limit protects the importer.");
                return;
            }
            Optional<SourceFile> imported = BundledTypes.isBundled(target)
                    ? bundled(target)
                    : readFile(target, reference.location(), reference.path());
            imported.ifPresent(file -> visit(file, ordered));
        }

        private Optional<String> resolve(String importer, ImportReference reference) {
            String file = reference.file().trim();
            if (file.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
                return remote(file, reference);
            }
            if (BundledTypes.isBundled(importer)) {
                return BundledTypes.sibling(importer, file);
            }
            if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_ESCAPES,
                        reference.location(),
                        reference.path(),
                        "'" + file + "' is an absolute path; import files by a path relative to the importing file.");
                return Optional.empty();
            }
            return relative(importer, file, reference);
        }

        /** A URL resolves only to the types Chainline bundles: nothing is ever fetched. */
        private Optional<String> remote(String file, ImportReference reference) {
            Optional<String> bundled = BundledTypes.forUrl(file);
            if (bundled.isEmpty()) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_REMOTE,
                        reference.location(),
                        reference.path(),
                        "'" + file
                                + "' is a remote URL and Chainline never fetches from the network. Put the file in the"
                                + " package and import it by relative path (bundled: ETSI SOL001 "
                                + BundledTypes.versionsForMessages() + ").");
            }
            return bundled;
        }

        private Optional<String> relative(String importer, String file, ImportReference reference) {
            Optional<String> resolved = Paths.join(Paths.parent(importer), file);
            Optional<String> fromRoot = Paths.join("", file);
            if (resolved.isPresent()
                    && source.read(resolved.get()).isEmpty()
                    && fromRoot.filter(root -> source.read(root).isPresent()).isPresent()) {
                return fromRoot; // many packages (Tacker's) import 'Definitions/x.yaml' from inside Definitions/
            }
            if (resolved.isEmpty()) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_ESCAPES,
                        reference.location(),
                        reference.path(),
                        "'" + file + "' points outside the package; every imported file must be inside it.");
            }
            return resolved;
        }

        Optional<SourceFile> readFile(String name, Location from, String path) {
            Optional<byte[]> bytes = source.read(name);
            Optional<String> wellKnown =
                    path.isEmpty() ? Optional.empty() : ImplicitTypes.wellKnownSol001(name, entryVersion);
            if (bytes.isEmpty() && wellKnown.isPresent()) {
                issues.add(
                        IssueCode.TOSCA_IMPORT_IMPLICIT,
                        from,
                        path,
                        "'" + name + "' is not in the " + source.describe()
                                + "; the bundled " + wellKnown.get().substring(BundledTypes.PREFIX.length())
                                + " was used, as"
                                + " Tacker does. Ship the file in the package so other tools read it the same way.");
                return bundled(wellKnown.get());
            }
            if (bytes.isEmpty()) {
                IssueCode code = path.isEmpty() ? IssueCode.FILE_UNREADABLE : IssueCode.TOSCA_IMPORT_NOT_FOUND;
                issues.add(
                        code,
                        from,
                        path,
                        "'" + name + "' does not exist in the " + source.describe()
                                + "; add it, or correct the file name (names are case-sensitive).");
                return Optional.empty();
            }
            Optional<String> identical = path.isEmpty() ? Optional.empty() : BundledTypes.identicalTo(bytes.get());
            if (identical.isPresent()) {
                // a byte-identical copy of a bundled type file (Tacker ships the same SOL001 files in every
                // package): reuse the tree parsed once instead of reading 150 KB of YAML again
                done.add(identical.get());
                return bundled(identical.get());
            }
            return parse(name, bytes.get(), false);
        }

        Optional<SourceFile> bundled(String name) {
            done.add(name);
            return Optional.of(BUNDLED.computeIfAbsent(name, TemplateLoader.this::parseBundled));
        }

        private Optional<SourceFile> parse(String name, byte[] bytes, boolean bundled) {
            Optional<YNode> root = yaml.read(name, bytes, issues);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            if (!(root.get() instanceof YMap map)) {
                issues.add(
                        IssueCode.TOSCA_NOT_A_MAP,
                        root.get().location(),
                        "",
                        "A TOSCA file is a map of keys"
                                + " such as tosca_definitions_version and topology_template; this one is "
                                + root.get().kind()
                                + ".");
                return Optional.empty();
            }
            return Optional.of(new SourceFile(name, map, version(name, map, bundled), bundled));
        }

        private Optional<ToscaVersion> version(String name, YMap root, boolean bundled) {
            Optional<YNode> declared = root.get("tosca_definitions_version");
            if (declared.isEmpty() || !(declared.get() instanceof YScalar scalar) || scalar.isNull()) {
                if (!bundled && ImplicitTypes.isTypeLibrary(root)) {
                    issues.add(
                            IssueCode.TOSCA_VERSION_ASSUMED,
                            root.location(),
                            "tosca_definitions_version",
                            "This"
                                    + " type library has no tosca_definitions_version; read as Tacker's "
                                    + ToscaVersion.NFV_PROFILE_1_0_0.keyword()
                                    + ", the profile such libraries belong to.");
                    return Optional.of(ToscaVersion.NFV_PROFILE_1_0_0);
                }
                if (!bundled) {
                    issues.add(
                            IssueCode.TOSCA_VERSION_MISSING,
                            root.location(),
                            "tosca_definitions_version",
                            "Every TOSCA file starts with tosca_definitions_version; use one of " + ToscaVersion.known()
                                    + ".");
                }
                return Optional.empty();
            }
            Optional<ToscaVersion> version = ToscaVersion.of(scalar.text());
            if (version.isEmpty()) {
                issues.add(
                        IssueCode.TOSCA_VERSION_UNKNOWN,
                        scalar.location(),
                        scalar.path(),
                        "'" + scalar.text() + "' is not a TOSCA version this importer reads; use one of "
                                + ToscaVersion.known() + ".");
            }
            return version;
        }
    }
}
