package io.chainline.tosca;

import io.chainline.tosca.csar.CsarReader;
import io.chainline.tosca.csar.CsarWriter;
import io.chainline.tosca.csar.TrustAnchors;
import io.chainline.tosca.csar.ZipLimits;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.sol001.DescriptorReader;
import io.chainline.tosca.sol001.Sol001Writer;
import io.chainline.tosca.template.DirectorySource;
import io.chainline.tosca.template.FileSource;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.MemorySource;
import io.chainline.tosca.template.Paths;
import io.chainline.tosca.template.TemplateLoader;
import io.chainline.tosca.validate.TemplateValidator;
import io.chainline.tosca.yaml.YamlLimits;
import io.chainline.tosca.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The TOSCA engine's front door: validate a YAML file or a CSAR. Never throws for a user's mistake: everything wrong
 * with the input is in the report's issues, and the verdict is REJECTED when any of them is an error.
 */
public final class ToscaEngine {

    private final TemplateLoader loader;
    private final CsarReader csarReader;
    private final TemplateValidator validator = new TemplateValidator();
    private final DescriptorReader reader = new DescriptorReader();
    private final Sol001Writer writer = new Sol001Writer();
    private final long maxInputBytes;
    private final Profile profile;
    private final boolean signatureOverride;
    // Kept to make the same engine with another profile or the signature override.
    private final YamlLimits yamlLimits;
    private final ZipLimits zipLimits;
    private final TrustAnchors anchors;

    public ToscaEngine() {
        this(YamlLimits.DEFAULT, ZipLimits.DEFAULT);
    }

    public ToscaEngine(YamlLimits yamlLimits, ZipLimits zipLimits) {
        this(yamlLimits, zipLimits, TrustAnchors.none());
    }

    /** @param anchors whom package signatures must lead to; without any, intact signatures are only "unverified" */
    public ToscaEngine(YamlLimits yamlLimits, ZipLimits zipLimits, TrustAnchors anchors) {
        this(yamlLimits, zipLimits, anchors, Profile.STRICT, false);
    }

    private ToscaEngine(
            YamlLimits yamlLimits,
            ZipLimits zipLimits,
            TrustAnchors anchors,
            Profile profile,
            boolean signatureOverride) {
        this.loader = new TemplateLoader(new YamlReader(yamlLimits));
        this.csarReader = new CsarReader(zipLimits, anchors, signatureOverride);
        this.maxInputBytes = Math.max(yamlLimits.maxBytes(), zipLimits.maxTotalBytes());
        this.yamlLimits = yamlLimits;
        this.zipLimits = zipLimits;
        this.anchors = anchors;
        this.profile = profile;
        this.signatureOverride = signatureOverride;
    }

    /** The same engine judging by another profile (engines are immutable; this one is unchanged). */
    public ToscaEngine withProfile(Profile other) {
        return new ToscaEngine(yamlLimits, zipLimits, anchors, other, signatureOverride);
    }

    /**
     * The same engine, but a package signature that does not verify is a warning ({@code CSAR-SIGNATURE-OVERRIDDEN})
     * instead of an error, in both profiles. For an explicit, audited decision of an administrator only: the caller
     * must record who overrode what.
     */
    public ToscaEngine withSignatureOverride() {
        return new ToscaEngine(yamlLimits, zipLimits, anchors, profile, true);
    }

    public Profile profile() {
        return profile;
    }

    public boolean signatureOverride() {
        return signatureOverride;
    }

    /** A YAML file (its imports resolved next to it) or a CSAR (by the zip signature, whatever its name). */
    public ValidationReport validate(Path path) {
        return read(path).report();
    }

    /** A CSAR given as bytes (an upload). */
    public ValidationReport validateCsar(String name, byte[] bytes) {
        return readCsar(name, bytes, new Issues(profile)).report();
    }

    /** Validates and, when accepted, maps the template into the descriptor model. */
    public ImportResult importFile(Path path) {
        return read(path).imported();
    }

    /** Validates a CSAR (an upload) and, when accepted, maps its entry definitions into the descriptor model. */
    public ImportResult importCsar(String name, byte[] bytes) {
        return readCsar(name, bytes, new Issues(profile)).imported();
    }

    /**
     * Validates a single uploaded YAML file and maps it. Having no directory around it, it can import only what the
     * engine bundles (the SOL001 forge URLs); a template spread over several files comes as a CSAR.
     */
    public ImportResult importYaml(String name, byte[] bytes) {
        Issues issues = new Issues(profile);
        if (bytes.length > maxInputBytes) {
            issues.add(
                    IssueCode.YAML_TOO_LARGE,
                    name,
                    "",
                    "The file has " + bytes.length + " bytes; inputs of at most " + maxInputBytes + " bytes are read.");
            return new Read(name, Optional.empty(), issues).imported();
        }
        if (looksLikeZip(bytes)) {
            return importCsar(name, bytes);
        }
        String entry = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        return readTemplate(name, new MemorySource(Map.of(entry, bytes), "upload " + name), entry, issues)
                .imported();
    }

    /** The service-chain rules TOSCA types cannot say (names, links, protocols, forwarding paths). */
    public java.util.List<io.chainline.tosca.issue.Issue> checkChain(io.chainline.tosca.model.NsDescriptor ns) {
        Issues issues = new Issues(profile);
        new io.chainline.tosca.sol001.ChainRules().check(ns, issues);
        return issues.list();
    }

    /**
     * The layer-3 rules on the model, with paths into it for the designers: subnets that parse and do not overlap,
     * fixed addresses inside their link's subnet and used once, allocation pools inside their subnet. Import and
     * export check the same, located in the YAML.
     */
    public java.util.List<io.chainline.tosca.issue.Issue> checkNetworks(Descriptor descriptor) {
        Issues issues = new Issues(profile);
        new io.chainline.tosca.sol001.L3Rules().check(descriptor, io.chainline.tosca.sol001.L3Sink.onModel(issues));
        return issues.list();
    }

    /**
     * Writes the descriptor as SOL001 YAML of the edition and validates what was written, so a caller never hands
     * out a file the engine itself would reject.
     */
    public ExportResult export(Descriptor descriptor, Sol001Edition edition) {
        Issues issues = new Issues(profile);
        Optional<Sol001Writer.Written> written = writer.write(descriptor, edition, issues);
        if (written.isEmpty()) {
            return new ExportResult(edition, written, report(descriptor.displayName(), Optional.empty(), issues));
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        written.get().files().forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        Read read = readTemplate(
                written.get().entry(),
                new MemorySource(bytes, "export of " + descriptor.displayName()),
                written.get().entry(),
                issues);
        // Judged as an import would judge it (the identity rule included), so no export is refused on the way back in.
        read.imported();
        return new ExportResult(edition, written, read.report());
    }

    /**
     * Writes a SOL004 package (TOSCA.meta, manifest with SHA-256 digests) of the descriptor and validates it.
     *
     * @param artifacts the contents of the files the descriptor's artifacts name ({@link
     *     Sol001Writer#packagedFiles}), by that name; the package holds them where the definitions point
     */
    public PackageExport exportCsar(
            Descriptor descriptor,
            Sol001Edition edition,
            Map<String, String> manifestMetadata,
            Map<String, byte[]> artifacts) {
        ExportResult yaml = export(descriptor, edition);
        if (yaml.written().isEmpty()) {
            return new PackageExport(Optional.empty(), yaml.report());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        yaml.written()
                .get()
                .files()
                .forEach((name, text) -> files.put("Definitions/" + name, text.getBytes(StandardCharsets.UTF_8)));
        artifacts.forEach((reference, bytes) ->
                Paths.join("Definitions", reference).ifPresent(path -> files.putIfAbsent(path, bytes)));
        byte[] csar = new CsarWriter()
                .write(new CsarWriter.Content(
                        "Definitions/" + yaml.written().get().entry(), files, manifestMetadata, "Chainline"));
        String name = yaml.written().get().entry().replaceAll("\\.yaml$", "") + ".csar";
        return new PackageExport(Optional.of(csar), validateCsar(name, csar));
    }

    private Read read(Path path) {
        Issues issues = new Issues(profile);
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxInputBytes) {
                issues.add(
                        IssueCode.YAML_TOO_LARGE,
                        name,
                        "",
                        "The file has " + size + " bytes; inputs of at most " + maxInputBytes + " bytes are read.");
                return new Read(path.toString(), Optional.empty(), issues);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            issues.add(IssueCode.FILE_UNREADABLE, name, "", "The file cannot be read: " + e.getMessage());
            return new Read(path.toString(), Optional.empty(), issues);
        }
        if (looksLikeZip(bytes)) {
            return readCsar(path.toString(), bytes, issues);
        }
        Path parent = path.toAbsolutePath().getParent();
        return readTemplate(path.toString(), new DirectorySource(parent), name, issues);
    }

    private Read readCsar(String name, byte[] bytes, Issues issues) {
        Optional<CsarReader.OpenedPackage> opened = csarReader.open(name, bytes, issues);
        if (opened.isEmpty()) {
            return new Read(name, Optional.empty(), issues);
        }
        CsarReader.OpenedPackage csar = opened.get();
        Optional<LoadedTemplate> template = loader.load(csar.contents(), csar.entryDefinitions(), issues);
        template.ifPresent(t -> {
            validator.validate(t, issues);
            new PackagedTemplateChecks(csar, issues).check(t);
            networkChecks(t, issues);
        });
        return new Read(name, template, issues);
    }

    private Read readTemplate(String reportName, FileSource source, String entry, Issues issues) {
        Optional<LoadedTemplate> template = loader.load(source, entry, issues);
        template.ifPresent(t -> {
            validator.validate(t, issues);
            networkChecks(t, issues);
        });
        return new Read(reportName, template, issues);
    }

    /**
     * The layer-3 rules need the model (which link a point is on, in which flavour), so they run on a valid
     * template's model and report at the node templates' lines.
     */
    private void networkChecks(LoadedTemplate template, Issues issues) {
        if (!issues.hasErrors()) {
            reader.read(template)
                    .ifPresent(d -> new io.chainline.tosca.sol001.L3Rules()
                            .check(d, io.chainline.tosca.sol001.L3Sink.located(template, issues)));
        }
    }

    /** One input read and validated: the report, and the model when the verdict allows one. */
    private final class Read {
        private final String name;
        private final Optional<LoadedTemplate> template;
        private final Issues issues;

        Read(String name, Optional<LoadedTemplate> template, Issues issues) {
            this.name = name;
            this.template = template;
            this.issues = issues;
        }

        ValidationReport report() {
            return ToscaEngine.report(name, template, issues);
        }

        ImportResult imported() {
            Optional<Descriptor> descriptor = Optional.empty();
            if (template.isPresent() && !issues.hasErrors()) {
                descriptor = reader.read(template.get(), issues);
                String kind = Classifier.kind(template.get());
                if (descriptor.isEmpty()
                        && !issues.hasErrors()
                        && (kind.equals("vnfd") || kind.equals("nsd") || kind.equals("pnfd"))) {
                    issues.add(
                            IssueCode.MODEL_NOT_MAPPED,
                            template.get().entry().name(),
                            "",
                            "The template is valid, but Chainline maps only SOL001 VNFDs and NSDs and Tacker's legacy"
                                    + " VNFDs into its model; convert this descriptor to SOL001 to manage it here.");
                }
            }
            return new ImportResult(report(), descriptor);
        }
    }

    private static ValidationReport report(String file, Optional<LoadedTemplate> template, Issues issues) {
        return new ValidationReport(
                file,
                issues.hasErrors() ? ValidationReport.Verdict.REJECTED : ValidationReport.Verdict.ACCEPTED,
                template.flatMap(t -> t.entry().root().text("tosca_definitions_version")),
                template.flatMap(Classifier::sol001Version),
                template.map(Classifier::kind).orElse("unknown"),
                template.map(Classifier::nodeTemplates).orElse(0),
                issues.list());
    }

    private static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
