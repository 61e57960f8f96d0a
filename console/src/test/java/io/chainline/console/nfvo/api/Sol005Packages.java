package io.chainline.console.nfvo.api;

import io.chainline.tosca.PackageExport;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;

/** Vendor packages as a vendor's pipeline writes them: SOL004 CSARs of VNFDs, and an NSD as SOL001 YAML. */
final class Sol005Packages {

    private static final ToscaEngine ENGINE = new ToscaEngine();

    private Sol005Packages() {}

    static byte[] csar(VnfDescriptor vnf) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("vnf_provider_id", vnf.identity().provider());
        metadata.put("vnf_product_name", vnf.identity().productName());
        metadata.put("vnf_release_date_time", "2026-11-28T10:00:00+00:00");
        metadata.put("vnf_package_version", vnf.identity().descriptorVersion());
        PackageExport export = ENGINE.exportCsar(vnf, Sol001Edition.V4_4_1, metadata, Map.of());
        if (!export.ok()) {
            throw new IllegalStateException(export.report().issues().toString());
        }
        return export.csar().orElseThrow();
    }

    static String nsdYaml(NsDescriptor ns) {
        var written = ENGINE.export(ns, Sol001Edition.V4_4_1).written().orElseThrow();
        return written.files().get(written.entry());
    }

    /** A ZIP's files by name, as text. */
    static java.util.Map<String, String> entries(byte[] zip) throws java.io.IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
