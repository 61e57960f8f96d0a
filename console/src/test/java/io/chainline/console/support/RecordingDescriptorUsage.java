package io.chainline.console.support;

import io.chainline.console.catalog.service.DescriptorUsage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Stands in for the features that will use catalog versions (service chains, deployments): tests say who uses what.
 */
@Component
public class RecordingDescriptorUsage implements DescriptorUsage {

    private static final Map<UUID, List<String>> USERS = new ConcurrentHashMap<>();

    public static void use(UUID catalogId, List<String> users) {
        USERS.put(catalogId, List.copyOf(users));
    }

    public static void release(UUID catalogId) {
        USERS.remove(catalogId);
    }

    @Override
    public List<String> usersOf(UUID catalogId) {
        return USERS.getOrDefault(catalogId, List.of());
    }
}
