package io.chainline.console.chain.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainSummary;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.function.Supplier;

/** Download links for a stored chain version: the bytes are made when the link is followed, never before. */
final class ChainDownloads {

    private ChainDownloads() {}

    static Anchor anchor(String label, String id, String name, String type, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.get();
                    return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
                }),
                label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    static String fileName(ChainSummary summary, String extension) {
        return (summary.name() + "-" + summary.nsVersion()).replaceAll("[^A-Za-z0-9._-]+", "_") + extension;
    }

    /** The stored version as one SOL001 v4.4.1 YAML file. */
    static String yaml(ChainExchange exchange, UUID id) {
        var result = exchange.exportYaml(id);
        return result.written()
                .map(w -> w.files().values().iterator().next())
                .orElseThrow(() -> new ChainlineException(
                        "CHAIN-EXPORT-REFUSED",
                        ChainlineException.Category.INVALID,
                        "This version is not valid SOL001 yet, so it is not exported: "
                                + result.report().issues().stream()
                                        .filter(io.chainline.tosca.issue.Issue::isError)
                                        .findFirst()
                                        .map(io.chainline.tosca.issue.Issue::describe)
                                        .orElse("no detail")));
    }
}
