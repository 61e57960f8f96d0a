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
    private final SignatureVerifier signatures;
    private final boolean signatureOverride;

    public CsarReader(ZipLimits limits, TrustAnchors anchors) {
        this(limits, anchors, false);
    }

    /** @param signatureOverride an administrator's audited decision to import despite a signature that fails */
    public CsarReader(ZipLimits limits, TrustAnchors anchors, boolean signatureOverride) {
        this.zip = new SafeZip(limits);
        this.signatures = new SignatureVerifier(anchors, signatureOverride);
        this.signatureOverride = signatureOverride;
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
        return new PackageChecks(name, unwrapped.get(), signatures, issues)
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
        if (!SecurityOption.wraps(outer.files().keySet())) {
            return Optional.of(outer);
        }
        Optional<String> cms = rootFile(outer, ".cms");
        byte[] csar = outer.read(inner.get(0)).orElseThrow();
        if (cms.isEmpty()) {
            signatures.fail(
                    IssueCode.CSAR_CERTIFICATE_MISSING,
                    name,
                    "The package wraps " + inner.get(0)
                            + " (SOL004 security option 2) but holds no .cms signature beside it.",
                    issues);
            return signatureOverride ? zip.read(name + "!/" + inner.get(0), csar, issues) : Optional.empty();
        }
        Optional<byte[]> certificate = rootFile(outer, ".cert").flatMap(outer::read);
        signatures.verify(
                cms.get(),
                SignedContent.file(inner.get(0), csar),
                outer.read(cms.get()).orElseThrow(),
                certificate,
                issues);
        return zip.read(name + "!/" + inner.get(0), csar, issues);
    }

    private static Optional<String> rootFile(ZipContents zip, String suffix) {
        return zip.files().keySet().stream()
                .filter(p -> !p.contains("/") && p.endsWith(suffix))
                .findFirst();
    }
}
