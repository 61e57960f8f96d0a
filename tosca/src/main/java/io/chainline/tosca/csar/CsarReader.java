package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.util.List;
import java.util.Optional;

/**
 * Opens a SOL004 package: safely unzips it, unwraps the option-2 signature layout (an outer zip holding
 * {@code x.csar}, {@code x.cms}, {@code x.cert}), checks TOSCA.meta and the manifest, and finds the entry definitions.
 */
public final class CsarReader {

    /** A package opened far enough to read its templates. */
    public record OpenedPackage(ZipContents contents, String entryDefinitions, boolean hasToscaMeta) {}

    private final SafeZip zip;

    public CsarReader(ZipLimits limits) {
        this.zip = new SafeZip(limits);
    }

    public Optional<OpenedPackage> open(String name, byte[] bytes, Issues issues) {
        Optional<ZipContents> contents = zip.read(name, bytes, issues);
        if (contents.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZipContents> unwrapped = unwrapSigned(name, contents.get(), issues);
        if (unwrapped.isEmpty()) {
            return Optional.empty();
        }
        return new PackageChecks(name, unwrapped.get(), issues)
                .entryDefinitions()
                .map(entry -> new OpenedPackage(
                        unwrapped.get(),
                        entry,
                        unwrapped.get().read(ToscaMeta.PATH).isPresent()));
    }

    private Optional<ZipContents> unwrapSigned(String name, ZipContents outer, Issues issues) {
        List<String> inner = outer.files().keySet().stream()
                .filter(p -> !p.contains("/") && p.endsWith(".csar"))
                .toList();
        boolean optionTwo =
                inner.size() == 1 && outer.files().keySet().stream().noneMatch(p -> p.startsWith("TOSCA-Metadata/"));
        if (!optionTwo) {
            return Optional.of(outer);
        }
        boolean hasCms = outer.files().keySet().stream().anyMatch(p -> !p.contains("/") && p.endsWith(".cms"));
        if (!hasCms) {
            issues.add(
                    IssueCode.CSAR_CERTIFICATE_MISSING,
                    name,
                    "",
                    "The package wraps " + inner.get(0)
                            + " (SOL004 security option 2) but holds no .cms signature beside it.");
            return Optional.empty();
        }
        issues.add(
                IssueCode.CSAR_SIGNATURE_UNVERIFIED,
                name,
                "",
                "The package is signed (option 2), but no trust"
                        + " anchor is configured, so the signature was not verified.");
        return zip.read(name + "!/" + inner.get(0), outer.read(inner.get(0)).orElseThrow(), issues);
    }
}
