package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineProperties;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on, an empty catalog starts with the vCPE's network functions as a new user can run them (containers
 * on {@code chainline.demo.image}, published), the variants for real clusters (the Kata firewall for Kubernetes and the
 * router VM for OpenStack, published) and a draft classifier to try the designer on.
 */
@Component
@Order(10)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String ACTOR = "demo-data";

    private final CatalogService catalog;
    private final ChainlineProperties properties;
    private final String image;

    DemoCatalog(
            CatalogService catalog,
            ChainlineProperties properties,
            @Value("${chainline.demo.image:}") String image,
            @Value("${chainline.demo.image-registry:}") String registry) {
        this.catalog = catalog;
        this.properties = properties;
        this.image = DemoContainers.image(image, registry);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || catalog.count(CatalogQuery.ALL) > 0) {
            return;
        }
        List<VnfDescriptor> published = new ArrayList<>(DemoContainers.vcpe(image));
        published.add(DemoDescriptors.firewall());
        published.add(DemoDescriptors.router());
        published.addAll(DemoContainers.routed(image));
        for (VnfDescriptor descriptor : published) {
            VnfSummary draft = catalog.createDraft(descriptor, ACTOR);
            catalog.publish(draft.id(), draft.version(), ACTOR);
        }
        catalog.createDraft(DemoDescriptors.classifier(), ACTOR);
        log.info(
                "chainline.demo-catalog seeded vCPE classifier, firewall and router on {} (published), vFirewall"
                        + " (Kubernetes, Kata), vRouter (OpenStack VM) and the routed classifier, firewall and router (published),"
                        + " vClassifier (draft)",
                image);
    }
}
