package io.chainline.connector.openstack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cloud .ci/openstack.sh starts: real Keystone (admin/secret) and real Heat; Nova and Glance are answered by WireMock on
 * 127.0.0.1:18774, which the script registered in Keystone's catalog, with hypervisors in the shape of Nova's
 * os-hypervisors/detail API sample (one x86_64, one aarch64).
 */
final class TestCloud {

    static final URI KEYSTONE = URI.create("http://127.0.0.1:35357/v3");
    static final int STUB_PORT = 18774;

    private TestCloud() {}

    static OpenStackAccess admin() {
        return new OpenStackAccess(
                KEYSTONE,
                Optional.of("admin"),
                Optional.of("Default"),
                Optional.of("secret"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("admin"),
                Optional.of("Default"),
                Optional.of("RegionOne"),
                Optional.empty());
    }

    static WireMockServer nova() {
        WireMockServer nova = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").port(STUB_PORT));
        nova.start();
        nova.stubFor(WireMock.get(WireMock.urlPathEqualTo("/compute/v2.1/os-hypervisors/detail"))
                .willReturn(WireMock.okJson("""
                        {"hypervisors": [
                          {"id": 1, "hypervisor_hostname": "compute-x1", "hypervisor_type": "QEMU", "vcpus": 16,
                           "memory_mb": 65536, "state": "up", "status": "enabled", "host_ip": "10.0.0.11",
                           "cpu_info": {"arch": "x86_64", "model": "Skylake-Server", "vendor": "Intel",
                                        "features": ["avx2"], "topology": {"cores": 8, "threads": 2, "sockets": 1}}},
                          {"id": 2, "hypervisor_hostname": "compute-a1", "hypervisor_type": "QEMU", "vcpus": 32,
                           "memory_mb": 131072, "state": "up", "status": "enabled", "host_ip": "10.0.0.12",
                           "cpu_info": {"arch": "aarch64", "model": "Neoverse-N1", "vendor": "ARM",
                                        "features": [], "topology": {"cores": 32, "threads": 1, "sockets": 1}}}
                        ]}""")));
        for (String image : List.of("vclassifier-17.3", "vfirewall-17.3", "vrouter-17.3", "vvpn-17.3", "varm-1")) {
            String arch = image.equals("varm-1") ? "aarch64" : "x86_64";
            nova.stubFor(WireMock.get(WireMock.urlPathEqualTo("/image/v2/images"))
                    .withQueryParam("name", WireMock.equalTo(image))
                    .willReturn(WireMock.okJson(
                            """
                            {"images": [{"id": "%s", "name": "%s", "status": "active", "architecture": "%s",
                              "disk_format": "qcow2", "container_format": "bare", "visibility": "public"}],
                             "schema": "/v2/schemas/images", "first": "/v2/images"}""".formatted(java.util.UUID.nameUUIDFromBytes(image.getBytes()), image, arch))));
        }
        nova.stubFor(WireMock.get(WireMock.urlPathEqualTo("/image/v2/images"))
                .atPriority(10)
                .willReturn(WireMock.okJson("{\"images\": [], \"schema\": \"/v2/schemas/images\"}")));
        return nova;
    }

    /** classifier → firewall (two VMs kept apart) → router, all VMs. */
    static DeploymentUnit vcpe(DeploymentRef ref) {
        return new DeploymentUnit(
                ref,
                List.of(vm("classifier", "cls", 1, false), vm("firewall", "fw", 2, true), vm("router", "rt", 1, false)),
                List.of(
                        new DeploymentUnit.Flow("classifier", "firewall", List.of()),
                        new DeploymentUnit.Flow("firewall", "router", List.of())),
                List.of(new DeploymentUnit.ExternalAccess(
                        "classifier", List.of("203.0.113.0/24"), List.of(new Workload.Port("ssh", 22, "TCP")))));
    }

    static final List<String> CHAIN_LINKS = List.of("lan", "cl-fw", "fw-rt", "rt-vpn", "wan");

    /**
     * classifier → firewall (two VMs) → router → vpn on five links with fixed addresses (lan and wan with gateways):
     * every NF forwards and is given its chain context; the classifier brings a cloud-config, the vpn a shell script.
     */
    static DeploymentUnit chain(DeploymentRef ref) {
        List<io.chainline.connector.api.LinkNetwork> links = new java.util.ArrayList<>();
        for (int i = 0; i < CHAIN_LINKS.size(); i++) {
            boolean external = i == 0 || i == CHAIN_LINKS.size() - 1;
            links.add(new io.chainline.connector.api.LinkNetwork(
                    CHAIN_LINKS.get(i),
                    "10.60." + (i + 1) + ".0/24",
                    external ? Optional.of("10.60." + (i + 1) + ".1") : Optional.empty(),
                    external,
                    io.chainline.connector.api.LinkNetwork.Driver.BRIDGE,
                    Optional.empty(),
                    Optional.empty()));
        }
        List<String> nfs = List.of("classifier", "firewall", "router", "vpn");
        List<Optional<String>> userData = List.of(
                Optional.of("#cloud-config\nhostname: classifier\nwrite_files:\n- path: /etc/motd\n  content: edge\n"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("#!/bin/sh\necho vpn > /etc/hostname\n"));
        List<Workload> workloads = new java.util.ArrayList<>();
        for (int i = 0; i < nfs.size(); i++) {
            workloads.add(chained(nfs.get(i), i, nfs.get(i).equals("firewall") ? 2 : 1, userData.get(i)));
        }
        return new DeploymentUnit(
                ref,
                workloads,
                List.of(
                        new DeploymentUnit.Flow("classifier", "firewall", List.of()),
                        new DeploymentUnit.Flow("firewall", "router", List.of()),
                        new DeploymentUnit.Flow("router", "vpn", List.of())),
                List.of(),
                links);
    }

    /** NF number {@code i} between link i (eth1) and link i+1 (eth2), instance k at .(10(i+2)+k-1) on both. */
    private static Workload chained(String nf, int i, int replicas, Optional<String> userData) {
        List<Workload.Attachment> attachments = new java.util.ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<String> addresses = new java.util.ArrayList<>();
            for (int k = 0; k < replicas; k++) {
                addresses.add("10.60." + (i + 1 + side) + "." + (10 * (i + 2) + k));
            }
            attachments.add(new Workload.Attachment(
                    nf + (side == 0 ? "-in" : "-out"), CHAIN_LINKS.get(i + side), "eth" + (side + 1), addresses));
        }
        return new Workload(
                nf,
                "vm",
                false,
                replicas,
                List.of(),
                Optional.of(new Workload.VmSpec("v" + nf + "-17.3", 2, 4L << 30, 10L << 30, userData)),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(io.chainline.connector.api.Architecture.AMD64),
                false,
                List.of(),
                Map.of(Workload.CHAIN_CONTEXT, "{\"version\":1,\"nf\":\"" + nf + "\"}\n"),
                new Workload.DataPlane(attachments, true, Set.of("NET_ADMIN")));
    }

    static Workload vm(String nf, String vdu, int replicas, boolean spread) {
        return new Workload(
                nf,
                vdu,
                false,
                replicas,
                List.of(),
                Optional.of(new Workload.VmSpec(
                        "v" + nf + "-17.3",
                        2,
                        4L << 30,
                        10L << 30,
                        Optional.of("#cloud-config\nhostname: " + nf + "\n"))),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(io.chainline.connector.api.Architecture.AMD64),
                spread,
                List.of(),
                Map.of());
    }
}
