package io.chainline.console.chain.service;

import io.chainline.console.catalog.service.DescriptorUsage;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the catalog which service chains use a VNF version, so it is not deleted from under them. */
@Component
class ChainUsage implements DescriptorUsage {

    private final ChainService chains;

    ChainUsage(ChainService chains) {
        this.chains = chains;
    }

    @Override
    public List<String> usersOf(UUID catalogId) {
        return chains.usersOf(catalogId);
    }
}
