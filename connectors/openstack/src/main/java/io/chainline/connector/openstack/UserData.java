package io.chainline.connector.openstack;

import io.chainline.connector.api.Workload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A VM's first-boot data: the VDU's own user data, plus what Chainline gives every NF on a chain. cloud-init writes
 * the chain context to {@value #CONTEXT_PATH} ({@code write_files}) and a forwarding NF turns IPv4 forwarding on at
 * every boot ({@code bootcmd}). The VDU's cloud-config gets the entries added to its lists; any other user data (a
 * script, an include, a MIME archive) becomes the first part of a MIME archive whose second part is Chainline's
 * cloud-config, and cloud-init reads it exactly as it would have read it alone.
 */
final class UserData {

    static final String CONTEXT_PATH = "/etc/chainline/chain-context.json";
    private static final String CLOUD_CONFIG = "#cloud-config";

    private UserData() {}

    /** The user data for the workload's servers; the VDU's own, untouched, when it is on no chain. */
    static Optional<String> of(Workload workload, Optional<String> own) {
        Map<String, Object> additions = additions(workload);
        if (additions.isEmpty()) {
            return own;
        }
        String given = own.orElse("");
        if (given.isBlank()) {
            return Optional.of(cloudConfig(additions));
        }
        if (given.startsWith(CLOUD_CONFIG)) {
            return Optional.of(cloudConfig(merged(given, additions)));
        }
        return Optional.of(archive(given, cloudConfig(appending(additions))));
    }

    private static Map<String, Object> additions(Workload workload) {
        Map<String, Object> additions = new LinkedHashMap<>();
        String context = workload.configuration().get(Workload.CHAIN_CONTEXT);
        if (context != null) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", CONTEXT_PATH);
            file.put("permissions", "0644");
            file.put("content", context);
            additions.put("write_files", List.of(file));
        }
        if (workload.dataPlane().forwarding()) {
            additions.put("bootcmd", List.of(List.of("sysctl", "-w", "net.ipv4.ip_forward=1")));
        }
        return additions;
    }

    /** The VDU's cloud-config with Chainline's entries appended to its lists (or as new keys). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(String cloudConfig, Map<String, Object> additions) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(cloudConfig);
        Map<String, Object> merged = loaded instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        additions.forEach((key, value) -> {
            List<Object> list = new ArrayList<>();
            if (merged.get(key) instanceof List<?> present) {
                list.addAll(present);
            }
            list.addAll((List<?>) value);
            merged.put(key, list);
        });
        return merged;
    }

    /**
     * Chainline's part of an archive, which comes last and says how cloud-init merges it into what came before (an
     * archive the VDU brought may hold a cloud-config of its own): lists appended, the VDU's keys kept.
     */
    private static Map<String, Object> appending(Map<String, Object> additions) {
        Map<String, Object> config = new LinkedHashMap<>(additions);
        config.put(
                "merge_how",
                List.of(merger("list", List.of("append")), merger("dict", List.of("no_replace", "recurse_list"))));
        return config;
    }

    /** In a fixed order, so the same VDU always gives the same user data (Map.of iterates in any order). */
    private static Map<String, Object> merger(String name, List<String> settings) {
        Map<String, Object> merger = new LinkedHashMap<>();
        merger.put("name", name);
        merger.put("settings", settings);
        return merger;
    }

    private static String cloudConfig(Map<String, Object> config) {
        DumpSettings settings =
                DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build();
        return CLOUD_CONFIG + "\n" + new Dump(settings).dumpToString(config);
    }

    /**
     * A multipart/mixed archive: the VDU's data as {@code text/plain}, whose type cloud-init works out from its first
     * line as for user data on its own (a MIME archive goes in as it is, with its own headers), then Chainline's
     * cloud-config. The boundary derives from the data, so the same VDU always gives the same template.
     */
    private static String archive(String own, String cloudConfig) {
        String boundary = "chainline-" + UUID.nameUUIDFromBytes(own.getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder()
                .append("Content-Type: multipart/mixed; boundary=\"")
                .append(boundary)
                .append("\"\nMIME-Version: 1.0\n\n--")
                .append(boundary)
                .append('\n');
        if (!own.regionMatches(true, 0, "Content-Type:", 0, "Content-Type:".length())) {
            text.append("Content-Type: text/plain; charset=\"utf-8\"\n\n");
        }
        return text.append(own)
                .append(own.endsWith("\n") ? "" : "\n")
                .append("--")
                .append(boundary)
                .append("\nContent-Type: text/cloud-config; charset=\"utf-8\"\n\n")
                .append(cloudConfig)
                .append("\n--")
                .append(boundary)
                .append("--\n")
                .toString();
    }
}
