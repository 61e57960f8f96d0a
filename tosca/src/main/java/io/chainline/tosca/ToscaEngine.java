package io.chainline.tosca;

import io.chainline.tosca.csar.CsarReader;
import io.chainline.tosca.csar.TrustAnchors;
import io.chainline.tosca.csar.ZipLimits;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.template.DirectorySource;
import io.chainline.tosca.template.FileSource;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.TemplateLoader;
import io.chainline.tosca.validate.TemplateValidator;
import io.chainline.tosca.yaml.YamlLimits;
import io.chainline.tosca.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TOSCA engine's front door: validate a YAML file or a CSAR. Never throws for a user's mistake: everything wrong
 * with the input is in the report's issues, and the verdict is REJECTED when any of them is an error.
 */
public final class ToscaEngine {

    private final TemplateLoader loader;
    private final CsarReader csarReader;
    private final TemplateValidator validator = new TemplateValidator();
    private final long maxInputBytes;

    public ToscaEngine() {
        this(YamlLimits.DEFAULT, ZipLimits.DEFAULT);
    }

    public ToscaEngine(YamlLimits yamlLimits, ZipLimits zipLimits) {
        this(yamlLimits, zipLimits, TrustAnchors.none());
    }

    /** @param anchors whom package signatures must lead to; without any, intact signatures are only "unverified" */
    public ToscaEngine(YamlLimits yamlLimits, ZipLimits zipLimits, TrustAnchors anchors) {
        this.loader = new TemplateLoader(new YamlReader(yamlLimits));
        this.csarReader = new CsarReader(zipLimits, anchors);
        this.maxInputBytes = Math.max(yamlLimits.maxBytes(), zipLimits.maxTotalBytes());
    }

    /** A YAML file (its imports resolved next to it) or a CSAR (by the zip signature, whatever its name). */
    public ValidationReport validate(Path path) {
        Issues issues = new Issues();
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
                return report(path.toString(), Optional.empty(), issues);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            issues.add(IssueCode.FILE_UNREADABLE, name, "", "The file cannot be read: " + e.getMessage());
            return report(path.toString(), Optional.empty(), issues);
        }
        if (looksLikeZip(bytes)) {
            return validateCsar(path.toString(), bytes, issues);
        }
        Path parent = path.toAbsolutePath().getParent();
        return validateTemplate(path.toString(), new DirectorySource(parent), name, issues);
    }

    /** A CSAR given as bytes (an upload). */
    public ValidationReport validateCsar(String name, byte[] bytes) {
        return validateCsar(name, bytes, new Issues());
    }

    private ValidationReport validateCsar(String name, byte[] bytes, Issues issues) {
        Optional<CsarReader.OpenedPackage> opened = csarReader.open(name, bytes, issues);
        if (opened.isEmpty()) {
            return report(name, Optional.empty(), issues);
        }
        CsarReader.OpenedPackage csar = opened.get();
        Optional<LoadedTemplate> template = loader.load(csar.contents(), csar.entryDefinitions(), issues);
        template.ifPresent(t -> {
            validator.validate(t, issues);
            new PackagedTemplateChecks(csar, issues).check(t);
        });
        return report(name, template, issues);
    }

    private ValidationReport validateTemplate(String reportName, FileSource source, String entry, Issues issues) {
        Optional<LoadedTemplate> template = loader.load(source, entry, issues);
        template.ifPresent(t -> validator.validate(t, issues));
        return report(reportName, template, issues);
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
