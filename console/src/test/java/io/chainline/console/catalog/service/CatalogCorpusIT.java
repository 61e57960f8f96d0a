package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.support.CorpusIdentity;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.SharedCorpus;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.sol001.Sol001Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every VNFD the corpus expects accepted goes into the catalog and out again: stored, exported as SOL001 v4.4.1
 * (accepted by the engine), packaged as a CSAR and imported from that CSAR to an equal descriptor. Packages that
 * would need image files the catalog does not hold are refused with a reason, never written incomplete.
 */
@IntegrationTest
class CatalogCorpusIT {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ToscaEngines engines;

    /** The corpus VNFDs the engine accepts (the tosca module's CorpusTest holds the engine to the corpus verdicts). */
    static Stream<Path> vnfds() {
        io.chainline.tosca.ToscaEngine engine = new io.chainline.tosca.ToscaEngine();
        return SharedCorpus.accepted("vnfd").stream()
                .filter(f -> engine.importFile(f).descriptor().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vnfds")
    void goesThroughTheCatalogAndOutAgain(Path file) {
        ImportResult read = engines.engine().importFile(file);
        VnfDescriptor descriptor = (VnfDescriptor) read.descriptor().orElseThrow();
        VnfDescriptor own = CorpusIdentity.completed(Identities.renamed(descriptor, "corpus-" + UUID.randomUUID()));
        VnfSummary stored = catalog.createDraft(own, "corpus");

        assertThat(catalog.get(stored.id()).descriptor()).isEqualTo(own);
        assertThat(exchange.exportYaml(stored.id(), Sol001Edition.V4_4_1).ok()).isTrue();
        if (!Sol001Writer.packagedFiles(own).isEmpty()) {
            assertThatThrownBy(() -> exchange.exportCsar(stored.id(), Sol001Edition.V4_4_1))
                    .hasFieldOrPropertyWithValue("code", "CATALOG-EXPORT-REFUSED")
                    .hasMessageContaining("CSAR-ARTIFACT-MISSING");
            return;
        }
        byte[] csar = exchange.exportCsar(stored.id(), Sol001Edition.V4_4_1);
        ImportOutcome again =
                exchange.importFile("again.csar", csar, Optional.of("corpus-" + UUID.randomUUID()), "corpus");
        assertThat(again.accepted()).as(() -> again.issues().toString()).isTrue();
        assertThat(catalog.get(again.stored().orElseThrow().id()).descriptor().flavours())
                .isEqualTo(own.flavours());
    }
}
