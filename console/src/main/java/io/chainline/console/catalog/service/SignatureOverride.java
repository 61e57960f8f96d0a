package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.issue.Issue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN's decision to import a package whose signature fails (issue 23: a vendor's package signed with a certificate
 * that has expired). Only signature findings can be overridden, only by an ADMIN, only with a reason, and the draft is
 * stored in the same transaction as the audit record naming who, which package (name and SHA-256), what failed and
 * why it was imported anyway.
 */
@Component
public class SignatureOverride {

    /** The audit action of an override that stored a VNFD draft. */
    public static final String ACTION = "vnf.signature-overridden";

    /** The audit action of an override that stored a PNFD (the audit log lists actions by area, so it names its own). */
    public static final String PNF_ACTION = "pnf.signature-overridden";

    private final AuditLog audit;

    SignatureOverride(AuditLog audit) {
        this.audit = audit;
    }

    /** A signature that does not verify, is not trusted, or whose certificate is missing or unusable. */
    public static boolean isSignatureFailure(Issue issue) {
        String code = issue.code().code();
        return issue.isError() && (code.startsWith("CSAR-SIGNATURE-") || code.startsWith("CSAR-CERTIFICATE-"));
    }

    /** There are errors, and every one of them is a signature failure. */
    public static boolean onlySignatureFailures(List<Issue> issues) {
        List<Issue> errors = issues.stream().filter(Issue::isError).toList();
        return !errors.isEmpty() && errors.stream().allMatch(SignatureOverride::isSignatureFailure);
    }

    /** Refuses an override that is not an ADMIN's or has no reason, before anything is read. */
    static void check(ImportRequest request, boolean admin) {
        if (!admin) {
            throw new ChainlineException(
                    "CATALOG-OVERRIDE-ADMIN",
                    Category.FORBIDDEN,
                    "Only an ADMIN may import a package whose signature fails; ask one, or get a package the vendor"
                            + " signed again.");
        }
        if (request.overrideReason().orElse("").isBlank()) {
            throw new ChainlineException(
                    "CATALOG-OVERRIDE-REASON",
                    Category.INVALID,
                    "Say why the package is imported although its signature fails (e.g. the vendor's ticket); the"
                            + " reason is recorded in the audit log.");
        }
    }

    /** Stores the draft and its audit record together: no overridden package is in the catalog unrecorded. */
    @Transactional
    public VnfSummary store(Supplier<VnfSummary> draft, ImportRequest request, List<Issue> failures, String actor) {
        VnfSummary stored = draft.get();
        audit.record(actor, ACTION, "vnf", stored.id().toString(), detail(request, failures));
        return stored;
    }

    /** The same for a PNFD stored in the PNF catalog. */
    @Transactional
    public PnfSummary storePnf(Supplier<PnfSummary> pnfd, ImportRequest request, List<Issue> failures, String actor) {
        PnfSummary stored = pnfd.get();
        audit.record(actor, PNF_ACTION, "pnf", stored.id().toString(), detail(request, failures));
        return stored;
    }

    static String detail(ImportRequest request, List<Issue> failures) {
        return "Imported " + request.fileName() + " (SHA-256 " + sha256(request.bytes())
                + ") although its signature failed: "
                + failures.stream().map(Issue::describe).collect(Collectors.joining(" "))
                + " Reason: " + request.overrideReason().orElseThrow();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
