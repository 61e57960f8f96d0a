package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.support.CorpusIdentity;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.SharedCorpus;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every NSD of the corpus the engine accepts and maps (SOL001 NSDs and Tacker's legacy VNFFGDs) is imported through
 * the chain service, stored, read back equal, and exported again as a SOL004 package that imports to the same model.
 */
@IntegrationTest
class ChainCorpusIT {

    @Autowired
    ChainExchange exchange;

    @Autowired
    ChainService chains;

    static Stream<Path> nsds() {
        ToscaEngine engine = new ToscaEngine();
        return SharedCorpus.accepted("nsd").stream()
                .filter(f -> engine.importFile(f)
                        .descriptor()
                        .filter(NsDescriptor.class::isInstance)
                        .isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nsds")
    void goesThroughTheChainServiceAndOutAsAPackage(Path file) {
        NsDescriptor read =
                (NsDescriptor) new ToscaEngine().importFile(file).descriptor().orElseThrow();
        NsIdentity id = read.identity();
        NsDescriptor own = CorpusIdentity.completed(new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        id.descriptorId(),
                        id.designer(),
                        id.version(),
                        "corpus-" + UUID.randomUUID(),
                        id.invariantId(),
                        id.flavourId()),
                read.vnfs(),
                read.saps(),
                read.virtualLinks(),
                read.forwarders(),
                read.forwardingGraphs(),
                read.exposed()));
        ChainSummary stored = chains.createDraft(own, "corpus");
        assertThat(chains.get(stored.id()).descriptor()).isEqualTo(own);

        byte[] csar = exchange.exportCsar(stored.id());
        chains.delete(stored.id(), stored.version(), "corpus"); // the same name and version may come back in
        ChainExchange.Outcome again = exchange.importFile("again.csar", csar, "corpus");

        assertThat(again.accepted()).as(() -> again.issues().toString()).isTrue();
        assertThat(chains.get(again.stored().orElseThrow().id()).descriptor()).isEqualTo(own);
    }
}
