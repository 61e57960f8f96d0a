package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With demo data on, an empty catalog starts with the vCPE building blocks: two published, one draft. */
@Component
@Order(10)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String ACTOR = "demo-data";

    private final CatalogService catalog;
    private final ChainlineProperties properties;

    DemoCatalog(CatalogService catalog, ChainlineProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || catalog.count(CatalogQuery.ALL) > 0) {
            return;
        }
        for (var descriptor : java.util.List.of(DemoDescriptors.firewall(), DemoDescriptors.router())) {
            VnfSummary draft = catalog.createDraft(descriptor, ACTOR);
            catalog.publish(draft.id(), draft.version(), ACTOR);
        }
        catalog.createDraft(DemoDescriptors.classifier(), ACTOR);
        log.info("chainline.demo-catalog seeded with vFirewall, vRouter (published) and vClassifier (draft)");
    }
}
