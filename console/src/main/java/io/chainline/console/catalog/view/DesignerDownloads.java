package io.chainline.console.catalog.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.tosca.model.Sol001Edition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The designer's downloads of the stored version: its SOL001 YAML and its CSAR. */
final class DesignerDownloads {

    private DesignerDownloads() {}

    static Anchor yaml(CatalogExchange exchange, VnfSummary summary) {
        return anchor("Download YAML", "designer-download-yaml", DownloadHandler.fromInputStream(event -> {
            var written = exchange.exportYaml(summary.id(), Sol001Edition.DEFAULT)
                    .written()
                    .orElseThrow();
            byte[] bytes = text(written).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), written.entry(), "application/yaml", bytes.length);
        }));
    }

    static Anchor csar(CatalogExchange exchange, VnfSummary summary) {
        return anchor("Download CSAR", "designer-download-csar", DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exchange.exportCsar(summary.id(), Sol001Edition.DEFAULT);
            String name = (summary.productName() + "-" + summary.descriptorVersion()).replaceAll("[^A-Za-z0-9._-]", "_")
                    + ".csar";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/zip", bytes.length);
        }));
    }

    /** Every file written, one after the other, each under its name when there are several. */
    static String text(io.chainline.tosca.sol001.Sol001Writer.Written written) {
        return written.files().entrySet().stream()
                .map(f -> written.files().size() > 1 ? "# --- " + f.getKey() + "\n" + f.getValue() : f.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Anchor anchor(String label, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
