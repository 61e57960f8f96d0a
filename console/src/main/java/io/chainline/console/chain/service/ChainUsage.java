package io.chainline.console.chain.service;

import io.chainline.console.catalog.service.DescriptorUsage;
import io.chainline.console.catalog.service.PnfUsage;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the catalog which service chains use a VNF version or a PNFD, so it is not deleted from under them. */
@Component
class ChainUsage implements DescriptorUsage, PnfUsage {

    private final ChainService chains;

    ChainUsage(ChainService chains) {
        this.chains = chains;
    }

    @Override
    public List<String> usersOf(UUID catalogId) {
        return chains.usersOf(catalogId);
    }

    @Override
    public List<String> usersOf(String descriptorId) {
        return chains.pnfUsersOf(descriptorId);
    }

    @Override
    public Set<String> usedAmong(Collection<String> descriptorIds) {
        return chains.pnfdsUsedAmong(descriptorIds);
    }
}
