package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.DescriptorImport;
import io.chainline.console.catalog.domain.ImportFinding;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import java.time.Instant;
import java.util.List;

/**
 * What the import of a catalog descriptor said, kept with it (issue 23): the file and its SHA-256, the profile it was
 * judged by, whether an ADMIN overrode its signature, who imported it and when, and its findings.
 */
public record ImportReport(
        String fileName,
        String sha256,
        Profile profile,
        boolean signatureOverridden,
        String importedBy,
        Instant importedAt,
        List<Finding> findings) {

    public ImportReport {
        findings = List.copyOf(findings);
    }

    /** One finding as the engine reported it: code, severity, file, line (0: none), YAML path and message. */
    public record Finding(String code, Severity severity, String file, int line, String path, String message) {

        static Finding of(Issue issue) {
            return new Finding(
                    issue.code().code(), issue.severity(), issue.file(), issue.line(), issue.path(), issue.message());
        }

        static Finding of(ImportFinding stored) {
            return new Finding(
                    stored.getCode(),
                    Severity.valueOf(stored.getSeverity()),
                    stored.getFile(),
                    stored.getLine(),
                    stored.getPath(),
                    stored.getMessage());
        }

        ImportFinding toStored() {
            return new ImportFinding(code, severity.name(), file, line, path, message);
        }
    }

    static ImportReport of(DescriptorImport stored) {
        return new ImportReport(
                stored.getFileName(),
                stored.getSha256(),
                Profile.parse(stored.getProfile()).orElse(Profile.INTEROP),
                stored.isSignatureOverridden(),
                stored.getImportedBy(),
                stored.getImportedAt(),
                stored.getFindings().stream().map(Finding::of).toList());
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** "Imported from fw.csar with the interop profile, 3 warnings": the line shown where the descriptor is viewed. */
    public String summary() {
        long warnings = warnings();
        long notes = findings.size() - warnings;
        return "Imported from " + fileName + " with the " + profile.key() + " profile, "
                + (warnings == 0 ? "no warnings" : warnings + (warnings == 1 ? " warning" : " warnings"))
                + (notes == 0 ? "" : " and " + notes + (notes == 1 ? " note" : " notes"))
                + (signatureOverridden ? "; its signature failure was overridden by an ADMIN" : "");
    }
}
