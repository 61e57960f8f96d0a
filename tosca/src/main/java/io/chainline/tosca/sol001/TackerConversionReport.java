package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What converting a legacy Tacker VNFD into the SOL001 model did, as findings the import shows: once that the
 * template was converted ({@code TACKER-LEGACY-CONVERTED}), the sizes taken from a flavour's name ({@code
 * TACKER-FLAVOR-*}, see {@link TackerCompute}), and each Tacker construct the SOL001 descriptor does not carry ({@code
 * TACKER-LEGACY-DROPPED}), at its file, line and path. All warnings: the conversion is what Chainline can manage, and
 * the person importing must learn what did not come along before exporting it as SOL001.
 */
final class TackerConversionReport {

    private static final String DESIGNER = " if you need it";

    /** VDU.Tacker properties the model reads (VduReader.legacy); everything else assigned is reported. */
    private static final Set<String> VDU_READ = Set.of("name", "image", "flavor", "user_data", "vnfcs");

    private static final Set<String> COMPUTE_READ = Set.of("num_cpus", "mem_size", "disk_size");

    private static final Map<String, String> VDU_HINTS = Map.ofEntries(
            Map.entry(
                    "mgmt_driver",
                    "Tacker's management driver ran on the VNFM host; configure the VNF through the"
                            + " VDU's boot data or its LCM operations in the designer" + DESIGNER),
            Map.entry(
                    "config",
                    "the management driver applied it after boot; put it in the VDU's boot data in the" + " designer"
                            + DESIGNER),
            Map.entry(
                    "monitoring_policy",
                    "Tacker's VNF monitor (ping, respawn) does not run here; Chainline raises"
                            + " alarms from the deployment's live status"),
            Map.entry("app_monitoring_policy", "Tacker's application monitor (Zabbix) does not run here"),
            Map.entry("placement_policy", "set an affinity or anti-affinity rule in the designer" + DESIGNER),
            Map.entry("availability_zone", "placement picks the target; set node labels in the designer" + DESIGNER),
            Map.entry("key_name", "put the SSH key in the VDU's boot data (cloud-init) in the designer" + DESIGNER),
            Map.entry("user_data_format", "the boot data is handed to the VM as it is"),
            Map.entry("metadata", "Nova server metadata has no SOL001 counterpart"),
            Map.entry("reservation_metadata", "Blazar reservations are not modelled"));

    private static final Map<String, String> CP_HINTS = Map.ofEntries(
            Map.entry("anti_spoofing_protection", "the target's network applies its own port security"),
            Map.entry("security_groups", "the target's network applies its own port security"),
            Map.entry("allowed_address_pairs", "the target's network applies its own port security"),
            Map.entry("mac_address", "addresses are given by the deployment"),
            Map.entry("type", "set the link's driver (SR-IOV) in the designer" + DESIGNER));

    private static final Map<String, String> VL_HINTS = Map.of(
            "vendor", "it named the VIM vendor Tacker deployed to; the target a deployment is placed on decides that");
    private static final String SUBNET_HINT = "set the link's subnet in the designer" + DESIGNER;

    private final Issues issues;

    private TackerConversionReport(Issues issues) {
        this.issues = issues;
    }

    static void report(List<Topology> topologies, VnfDescriptor vnf, YMap root, Issues issues) {
        TackerConversionReport report = new TackerConversionReport(issues);
        report.converted(vnf, root);
        report.description(root);
        for (Topology topology : topologies) {
            topology.nodes().forEach(report::node);
            topology.policies().forEach(report::policy);
            topology.groups().stream()
                    .filter(g -> !g.is(NfvTypes.PLACEMENT_GROUP))
                    .forEach(g -> report.dropped(g, "group"));
        }
    }

    private void converted(VnfDescriptor vnf, YMap root) {
        List<Flavour> flavours = vnf.flavours();
        long vdus = flavours.stream().mapToLong(f -> f.vdus().size()).sum();
        long cps = flavours.stream().mapToLong(f -> f.cps().size()).sum();
        long links = flavours.stream().mapToLong(f -> f.virtualLinks().size()).sum();
        issues.add(
                IssueCode.TACKER_LEGACY_CONVERTED,
                root.keyLocation("tosca_definitions_version"),
                "tosca_definitions_version",
                "Read as a legacy Tacker VNFD (tosca_simple_profile_for_nfv_1_0_0) and converted to a SOL001 VNFD: "
                        + vdus + " VDU(s), " + cps + " connection point(s), " + links + " virtual link(s). Chainline"
                        + " keeps and exports it as SOL001; the warnings that follow say which sizes were assumed"
                        + " and which Tacker properties are not carried." + identityToFill(vnf));
    }

    /**
     * A legacy VNFD names only its product (template_name); SOL001's identity must be filled before the descriptor
     * can be published or exported, so the report says so where the user reads it first.
     */
    private static String identityToFill(VnfDescriptor vnf) {
        VnfIdentity id = vnf.identity();
        List<String> blank = new java.util.ArrayList<>();
        if (id.provider().isBlank()) {
            blank.add("provider");
        }
        if (id.softwareVersion().isBlank()) {
            blank.add("software version");
        }
        if (id.descriptorVersion().isBlank()) {
            blank.add("descriptor version");
        }
        if (id.descriptorId().isBlank()) {
            blank.add("descriptor id");
        }
        return blank.isEmpty()
                ? ""
                : " It has no SOL001 identity: set its " + String.join(", ", blank)
                        + " (in the designer, or with convert --identity) before it can be published or exported.";
    }

    /** The VNF model has no description of its own: the template's is not carried. */
    private void description(YMap root) {
        root.get("description")
                .ifPresent(d -> issues.add(
                        IssueCode.TACKER_LEGACY_DROPPED,
                        root.keyLocation("description"),
                        "description",
                        "The template's description is not carried into the SOL001 descriptor: the VNF descriptor"
                                + " keeps a product name and provider, not a description."));
    }

    private void policy(Node policy) {
        TackerScaling.of(policy).ifPresentOrElse(scaling -> scaling(policy, scaling), () -> dropped(policy, "policy"));
    }

    private void scaling(Node policy, TackerScaling s) {
        issues.add(
                IssueCode.TACKER_SCALING_CONVERTED,
                policy.definition().location(),
                policy.definition().path(),
                "Tacker's scaling policy " + s.policy() + " is converted for " + String.join(", ", s.targets())
                        + ": min_instances " + s.min() + " and max_instances " + s.max()
                        + " are each VDU's min/max_number_of_instances; the scaling aspect " + s.policy()
                        + " adds increment " + s.increment() + " instance(s) per step up to max scale level "
                        + s.maxScaleLevel() + "; default_instances " + s.initial()
                        + " is the instances of the default instantiation level '" + TackerScaling.DEFAULT_LEVEL
                        + "' (scale level " + s.initialScaleLevel() + "), which the VNF starts at.");
        policy.definition()
                .map("properties")
                .ifPresent(props -> props.keys().stream()
                        .filter(key -> !TackerScaling.CARRIED.contains(key))
                        .forEach(key -> droppedKey(
                                props,
                                key,
                                "Tacker's " + key + " of the scaling policy " + s.policy()
                                        + " is not carried into the SOL001 descriptor; " + scalingHint(key) + ".")));
    }

    private static String scalingHint(String key) {
        return "cooldown".equals(key)
                ? "SOL001 scaling has no cooldown: scaling here is asked for, not triggered by alarms"
                : "Chainline has no counterpart for it";
    }

    private void node(Node node) {
        if (node.is(NfvTypes.LEGACY_VDU)) {
            vdu(node);
        } else if (node.is(NfvTypes.LEGACY_CP)) {
            properties(node, Set.of("order", "management", "ip_address"), CP_HINTS);
        } else if (node.is(NfvTypes.LEGACY_VL)) {
            virtualLink(node);
        } else if (!readAsSol001(node)) {
            dropped(node, "node template");
        }
    }

    private static boolean readAsSol001(Node node) {
        return List.of(
                        NfvTypes.VNF,
                        NfvTypes.COMPUTE,
                        NfvTypes.DEPLOYABLE_UNIT,
                        NfvTypes.CONTAINER,
                        NfvTypes.BLOCK_STORAGE,
                        NfvTypes.VDU_CP,
                        NfvTypes.VNF_EXT_CP,
                        NfvTypes.VNF_VL)
                .stream()
                .anyMatch(node::is);
    }

    private void vdu(Node node) {
        properties(node, VDU_READ, VDU_HINTS);
        TackerCompute.nfvCompute(node)
                .ifPresent(compute -> compute.keys().stream()
                        .filter(key -> !COMPUTE_READ.contains(key))
                        .forEach(key -> droppedKey(
                                compute,
                                key,
                                "nfv_compute." + key + " of " + node.name()
                                        + " is not carried into the SOL001 descriptor:"
                                        + " it became a Nova flavour extra spec (CPU pinning, NUMA, huge pages), which"
                                        + " Chainline does not set.")));
        node.definition()
                .map("artifacts")
                .ifPresent(artifacts -> artifacts
                        .keys()
                        .forEach(name -> droppedKey(
                                artifacts,
                                name,
                                "The artifact " + name + " of " + node.name()
                                        + " (an image Tacker uploaded to Glance) is not"
                                        + " carried into the SOL001 descriptor; set the VDU's image in the designer"
                                        + DESIGNER + ".")));
        new TackerFlavourFindings(issues).report(node);
    }

    private void virtualLink(Node node) {
        properties(node, Set.of("network_name"), VL_HINTS);
        node.definition()
                .map("properties")
                .ifPresent(props -> props.text("network_name")
                        .ifPresent(network -> droppedKey(
                                props,
                                "network_name",
                                "Tacker attached " + node.name() + " to the existing network '" + network
                                        + "'; that is not carried into the SOL001 descriptor (the name stays as the"
                                        + " link's description): a VNF's internal link is created with each"
                                        + " deployment. Connect an existing network through an external connection"
                                        + " point in a chain" + DESIGNER + ".")));
    }

    /** A key of {@code map} not carried into the SOL001 descriptor, reported where it stands. */
    private void droppedKey(YMap map, String key, String message) {
        issues.add(IssueCode.TACKER_LEGACY_DROPPED, map.keyLocation(key), map.path() + "." + key, message);
    }

    /**
     * Every assigned property outside {@code read}; one whose value asks for nothing (mgmt_driver: noop) is still named,
     * so the report is complete, and says that nothing is lost.
     */
    private void properties(Node node, Set<String> read, Map<String, String> hints) {
        node.definition()
                .map("properties")
                .ifPresent(props -> props.keys().stream()
                        .filter(key -> !read.contains(key))
                        .forEach(key -> droppedKey(
                                props,
                                key,
                                "Tacker's " + key + " of " + node.name()
                                        + " is not carried into the SOL001 descriptor; "
                                        + (asksNothing(key, props)
                                                ? "its value asks for nothing, so nothing is lost"
                                                : hints.getOrDefault(key, defaultHint(node)))
                                        + ".")));
    }

    private static String defaultHint(Node node) {
        return node.is(NfvTypes.LEGACY_VL) ? SUBNET_HINT : "Chainline has no counterpart for it";
    }

    private static boolean asksNothing(String key, YMap props) {
        Optional<String> value =
                props.get(key).filter(YScalar.class::isInstance).map(v -> ((YScalar) v).text());
        return switch (key) {
            case "mgmt_driver" -> value.filter("noop"::equals).isPresent();
            case "config_drive", "anti_spoofing_protection" ->
                value.filter("false"::equalsIgnoreCase).isPresent();
            case "user_data_format" -> value.filter("RAW"::equalsIgnoreCase).isPresent();
            default -> false;
        };
    }

    private void dropped(Node node, String what) {
        issues.add(
                IssueCode.TACKER_LEGACY_DROPPED,
                node.definition().location(),
                node.definition().path(),
                "The " + what + " " + node.name() + " (" + node.typeName() + ") is not carried into the SOL001"
                        + " descriptor; " + hintFor(node.typeName()) + ".");
    }

    private static String hintFor(String type) {
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("placement")) {
            return "set an affinity or anti-affinity rule in the designer" + DESIGNER;
        }
        if (lower.contains("scaling")) {
            return "set scaling aspects and instantiation levels in the designer" + DESIGNER;
        }
        if (lower.contains("alarm") || lower.contains("monitor")) {
            return "Tacker's alarm-driven actions do not run here; Chainline raises alarms from the live status";
        }
        if (lower.contains("blockstorage")) {
            return "add a virtual block storage to the VDU in the designer" + DESIGNER;
        }
        if (lower.contains("reservation")) {
            return "Blazar reservations are not modelled";
        }
        return "Chainline has no counterpart for it";
    }
}
