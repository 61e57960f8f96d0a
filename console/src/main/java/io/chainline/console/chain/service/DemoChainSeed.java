package io.chainline.console.chain.service;

import io.chainline.console.base.service.ChainlineProperties;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoContainers;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.tosca.model.NsDescriptor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on, a console without chains starts with the vCPE published, so a new user has something to deploy
 * to the Docker engine on their own machine, and its variant for real clusters (Kata firewall, router VM). Runs after
 * the demo catalog; a chain whose VNFs are not all published in the catalog is left out.
 */
@Component
@Order(20)
class DemoChainSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChainSeed.class);
    private static final String ACTOR = "demo-data";

    private final ChainService chains;
    private final CatalogService catalog;
    private final ChainlineProperties properties;

    DemoChainSeed(ChainService chains, CatalogService catalog, ChainlineProperties properties) {
        this.chains = chains;
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || !chains.list().isEmpty()) {
            return;
        }
        List<String> containers =
                DemoContainers.VCPE.stream().map(DemoContainers::descriptorId).toList();
        publish(DemoChains.vcpe(containers));
        publish(DemoChains.vcpeForClusters(List.of(
                containers.getFirst(),
                DemoDescriptors.firewall().descriptorId(),
                DemoDescriptors.router().descriptorId())));
        publish(DemoChains.vcpeWithClassifier(DemoContainers.ROUTED.keySet().stream()
                .map(DemoContainers::routedDescriptorId)
                .toList()));
    }

    private void publish(NsDescriptor chain) {
        boolean ready = chain.vnfs().stream()
                .allMatch(v -> catalog.findByDescriptorId(v.descriptorId())
                        .filter(s -> s.state() == DescriptorState.PUBLISHED)
                        .isPresent());
        if (!ready) {
            log.info(
                    "chainline.demo-chain skipped name={} reason=vnfs-not-published",
                    chain.identity().name());
            return;
        }
        ChainSummary draft = chains.createDraft(chain, ACTOR);
        chains.publish(draft.id(), draft.version(), ACTOR);
        log.info("chainline.demo-chain published name={}", chain.identity().name());
    }
}
