package io.chainline.console.catalog.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.ImportReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /api/v1/catalog/vnfs/{id}/import-report} and {@code .../pnfs/{id}/import-report}: what the import of the
 * descriptor said (issue 23). A sub-resource, so the descriptor's own representation (and its export) is unchanged.
 *
 * @param profile {@code interop} or {@code strict}
 * @param summary the line the console shows ("Imported from fw.csar with the interop profile, 3 warnings")
 */
record ImportReportResponse(
        String fileName,
        String sha256,
        String profile,
        boolean signatureOverridden,
        String importedBy,
        Instant importedAt,
        String summary,
        long warnings,
        List<FindingResponse> findings) {

    /** @param severity {@code error}, {@code warning} or {@code info}; {@code line} 0: none */
    record FindingResponse(String code, String severity, String file, int line, String path, String message) {}

    static ImportReportResponse of(Optional<ImportReport> report, String kind, UUID id) {
        ImportReport r = report.orElseThrow(() -> new ChainlineException(
                "CATALOG-NOT-IMPORTED",
                Category.NOT_FOUND,
                "The " + kind + " " + id + " was not imported (it was designed in the console, or is a new version of"
                        + " one): it has no import report."));
        return new ImportReportResponse(
                r.fileName(),
                r.sha256(),
                r.profile().key(),
                r.signatureOverridden(),
                r.importedBy(),
                r.importedAt(),
                r.summary(),
                r.warnings(),
                r.findings().stream()
                        .map(f -> new FindingResponse(
                                f.code(),
                                f.severity().name().toLowerCase(Locale.ROOT),
                                f.file(),
                                f.line(),
                                f.path(),
                                f.message()))
                        .toList());
    }
}
