package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Location;
import io.chainline.tosca.template.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SOL004 rules over a package's files: TOSCA.meta, the entry definitions, the manifest and every digest in it. */
final class PackageChecks {

    private static final List<Set<String>> METADATA_SETS = List.of(
            Set.of("vnf_provider_id", "vnf_product_name", "vnf_release_date_time", "vnf_package_version"),
            Set.of("nsd_designer", "nsd_invariant_id", "nsd_name", "nsd_release_date_time"),
            Set.of("pnfd_provider", "pnfd_name", "pnfd_release_date_time", "pnfd_archive_version"),
            Set.of("nsd_file_structure_version", "nsd_designer", "nsd_invariant_id", "nsd_name"),
            Set.of("pnfd_provider", "pnfd_name", "pnfd_archive_version"),
            Set.of("pnf_provider_id", "pnf_product_name", "pnf_release_date_time", "pnf_package_version"));

    private final ZipContents csar;
    private final SignatureVerifier signatures;
    private final Issues issues;
    private final String name;
    private Optional<String> certificate = Optional.empty();

    PackageChecks(String name, ZipContents csar, SignatureVerifier signatures, Issues issues) {
        this.name = name;
        this.csar = csar;
        this.signatures = signatures;
        this.issues = issues;
    }

    /** @return the entry definitions' path, when one can be found */
    Optional<String> entryDefinitions() {
        Optional<byte[]> metaBytes = csar.read(ToscaMeta.PATH);
        if (metaBytes.isEmpty()) {
            if (csar.files().keySet().stream().anyMatch(p -> p.startsWith("TOSCA-Metadata/"))) {
                issue(
                        IssueCode.CSAR_META_MISSING,
                        ToscaMeta.PATH,
                        "The folder TOSCA-Metadata has no TOSCA.meta; add"
                                + " it with an Entry-Definitions key, or remove the folder.");
                return Optional.empty();
            }
            return rootYaml();
        }
        ToscaMeta meta = ToscaMeta.parse(metaBytes.get());
        checkMetaBlock(meta);
        certificate = meta.get("ETSI-Entry-Certificate").or(() -> meta.get("Entry-Certificate"));
        meta.get("ETSI-Entry-Manifest").or(() -> meta.get("Entry-Manifest")).ifPresent(this::checkManifest);
        return entry(meta.get("Entry-Definitions"));
    }

    /** Comment lines: not TOSCA-Meta, but what vendor tools write and the reference VNFMs skip. */
    private void checkComments(ToscaMeta meta) {
        for (int line : meta.comments()) {
            issues.deviation(
                    IssueCode.INTEROP_META_COMMENT,
                    IssueCode.CSAR_META_INVALID,
                    new Location(ToscaMeta.PATH, line, 1),
                    "",
                    "Line " + line + " is a '#' comment; comments are not part of the TOSCA-Meta format (SOL004 and"
                            + " TOSCA: 'Key: value' lines in blocks separated by blank lines). Remove it.",
                    "the comment line was skipped");
        }
    }

    /** The first block of TOSCA.meta: well-formed, the SOL004 keys present, every entry it names in the package. */
    private void checkMetaBlock(ToscaMeta meta) {
        checkComments(meta);
        meta.malformedLine()
                .ifPresent(line -> issue(
                        IssueCode.CSAR_META_INVALID, ToscaMeta.PATH, "The line '" + line + "' is not 'Key: value'."));
        for (String required : List.of("TOSCA-Meta-File-Version", "CSAR-Version")) {
            if (meta.get(required).isEmpty()) {
                issue(
                        IssueCode.CSAR_META_INVALID,
                        ToscaMeta.PATH,
                        "TOSCA.meta lacks '" + required + "'; SOL004"
                                + " requires it in the first block (TOSCA-Meta-File-Version: 1.0, CSAR-Version: 1.1).");
            }
        }
        if (meta.get("Created-By").isEmpty()) {
            // many real packages (Tacker's among them) omit it and nothing depends on it: warn only
            issue(
                    IssueCode.CSAR_META_INCOMPLETE,
                    ToscaMeta.PATH,
                    "TOSCA.meta lacks 'Created-By'; SOL004 requires" + " it in the first block.");
        }
        for (String key : meta.block0().keySet()) {
            if ((key.startsWith("ETSI-Entry-") || key.startsWith("Entry-"))
                    && !key.endsWith("Entry-Manifest")
                    && !key.equals("Entry-Definitions")
                    && !key.equals("Entry-Tests")) {
                meta.get(key)
                        .filter(path -> !exists(path))
                        .ifPresent(path -> issue(
                                IssueCode.CSAR_META_INVALID,
                                ToscaMeta.PATH,
                                "'" + key + "' names '" + path + "', which is not in the package."));
            }
        }
    }

    /** The service template TOSCA.meta's Entry-Definitions names, if it names one that is in the package. */
    private Optional<String> entry(Optional<String> entry) {
        if (entry.isEmpty()) {
            issue(
                    IssueCode.CSAR_META_INVALID,
                    ToscaMeta.PATH,
                    "TOSCA.meta lacks 'Entry-Definitions', the path of the" + " main service template; add it.");
            return Optional.empty();
        }
        if (!exists(entry.get())) {
            issue(
                    IssueCode.CSAR_ENTRY_MISSING,
                    ToscaMeta.PATH,
                    "Entry-Definitions names '" + entry.get() + "', which is not in the package.");
            return Optional.empty();
        }
        return entry;
    }

    private Optional<String> rootYaml() {
        List<String> yamls = csar.files().keySet().stream()
                .filter(p -> !p.contains("/") && (p.endsWith(".yaml") || p.endsWith(".yml")))
                .toList();
        if (yamls.size() != 1) {
            issue(
                    yamls.isEmpty() ? IssueCode.CSAR_ENTRY_MISSING : IssueCode.CSAR_ENTRY_AMBIGUOUS,
                    "",
                    "Without TOSCA-Metadata/TOSCA.meta a CSAR needs exactly one YAML file at its root; found "
                            + yamls.size() + ". Add TOSCA.meta with Entry-Definitions, or keep one root YAML file.");
            return Optional.empty();
        }
        String entry = yamls.get(0);
        String manifest = entry.replaceAll("\\.ya?ml$", ".mf");
        if (exists(manifest)) {
            checkManifest(manifest);
        }
        return Optional.of(entry);
    }

    private void checkManifest(String path) {
        Optional<byte[]> bytes = csar.read(path);
        if (bytes.isEmpty()) {
            issue(
                    IssueCode.CSAR_MANIFEST_MISSING,
                    ToscaMeta.PATH,
                    "ETSI-Entry-Manifest names '" + path + "', which is not in the package.");
            return;
        }
        Manifest manifest = Manifest.parse(bytes.get());
        SignatureVerifier.splitSignedManifest(bytes.get()).ifPresent(parts -> {
            Optional<byte[]> cert = certificate
                    .or(() -> Optional.of(path.replaceAll("\\.mf$", ".cert")))
                    .flatMap(csar::read);
            signatures.verify(path, SignedContent.manifest(path, parts[0]), parts[1], cert, issues);
        });
        boolean metadataComplete = METADATA_SETS.stream()
                .anyMatch(set -> manifest.metadata().keySet().containsAll(set));
        if (!metadataComplete) {
            issue(
                    IssueCode.CSAR_MANIFEST_METADATA,
                    path,
                    "The manifest's metadata block lacks the SOL004 keys (for a"
                            + " VNF: vnf_provider_id, vnf_product_name, vnf_release_date_time, vnf_package_version).");
        }
        Set<String> listed = new TreeSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            Optional<String> source =
                    Paths.join(Paths.parent(path), entry.source()).or(() -> Optional.of(entry.source()));
            listed.add(source.get());
            checkEntry(path, entry, source.get());
        }
        if (!manifest.entries().isEmpty()) {
            unlisted(path, listed);
        }
    }

    /** A manifest that lists files must list them all (but itself and its signature). */
    private void unlisted(String path, Set<String> listed) {
        for (String file : csar.files().keySet()) {
            if (!listed.contains(file) && !file.equals(path) && !isSignatureFile(file, path)) {
                issues.deviation(
                        IssueCode.INTEROP_FILE_NOT_IN_MANIFEST,
                        IssueCode.CSAR_FILE_NOT_IN_MANIFEST,
                        Location.of(file),
                        "",
                        "'" + file + "' is in the package but not in the manifest " + path
                                + "; list it with Source, Algorithm and Hash.",
                        "the file is read without a digest to check it against");
            }
        }
    }

    private void checkEntry(String manifest, Manifest.Entry entry, String source) {
        if (entry.source().matches("(?i)^https?://.*")) {
            return; // external artifacts are referenced, not packaged
        }
        Optional<byte[]> content = csar.read(source);
        if (content.isEmpty()) {
            // Not tolerated by interop: ONAP's validator refuses it too (r146092), and a missing Source cannot be
            // told apart from an image or script the deployment will need.
            issue(
                    IssueCode.CSAR_SOURCE_MISSING,
                    manifest,
                    "The manifest (line " + entry.line() + ") lists '" + entry.source()
                            + "', which is not in the package.");
            return;
        }
        if (entry.algorithm().isEmpty() || entry.hash().isEmpty()) {
            return;
        }
        Optional<MessageDigest> digest = digest(entry.algorithm().get());
        if (digest.isEmpty()) {
            issue(
                    IssueCode.CSAR_HASH_ALGORITHM,
                    manifest,
                    "The manifest (line " + entry.line() + ") uses the hash" + " algorithm '"
                            + entry.algorithm().get() + "'; use SHA-256, SHA-384 or SHA-512.");
            return;
        }
        String actual = HexFormat.of().formatHex(digest.get().digest(content.get()));
        if (!actual.equalsIgnoreCase(entry.hash().get().trim())) {
            issue(
                    IssueCode.CSAR_HASH_MISMATCH,
                    manifest,
                    "'" + entry.source() + "' has the " + entry.algorithm().get()
                            + " digest " + actual + ", but the manifest (line " + entry.line() + ") says "
                            + entry.hash().get() + ": the file was changed after the manifest was written.");
        }
    }

    static Optional<MessageDigest> digest(String algorithm) {
        String normalised = algorithm.trim().toUpperCase(Locale.ROOT).replace("_", "-");
        if (normalised.matches("SHA\\d+")) {
            normalised = "SHA-" + normalised.substring(3);
        }
        if (!Set.of("SHA-224", "SHA-256", "SHA-384", "SHA-512").contains(normalised)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance(normalised));
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static boolean isSignatureFile(String file, String manifest) {
        String base = manifest.replaceAll("\\.mf$", "");
        return file.equals(base + ".cert") || file.equals(base + ".cms") || file.endsWith(".sig.cms");
    }

    private boolean exists(String path) {
        return csar.read(path).isPresent();
    }

    private void issue(IssueCode code, String file, String message) {
        issues.add(code, file.isEmpty() ? name : file, "", message);
    }
}
