package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.domain.NodeRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFaultsTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.now();

    @Test
    void aCertificateFarFromExpiryIsNoFault() throws Exception {
        FleetTarget target = target();
        List<TargetCertificates.Seen> seen = TargetCertificates.in(Map.of("clientCertificate", pem("far", null, 60)));

        assertThat(seen)
                .singleElement()
                .extracting(TargetCertificates.Seen::subject)
                .isEqualTo("far");
        assertThat(TargetFaults.faults(target, seen, now)).isEmpty();
    }

    @Test
    void withinFourteenDaysIsMinor_WithinThreeOrExpiredIsMajor() throws Exception {
        FleetTarget target = target();
        String bundle = pem("ten", null, 10) + "\n" + pem("two", null, 2);
        List<TargetCertificates.Seen> seen = new ArrayList<>(TargetCertificates.in(Map.of("caCertificate", bundle)));
        seen.addAll(TargetCertificates.in(Map.of("clientCertificate", pem("old", "-10d", 5))));

        List<Fault> faults = TargetFaults.faults(target, seen, now);

        assertThat(faults)
                .extracting(Fault::severity, Fault::probableCause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Fault.Severity.MINOR, "Certificate expiring"),
                        org.assertj.core.groups.Tuple.tuple(Fault.Severity.MAJOR, "Certificate expiring"),
                        org.assertj.core.groups.Tuple.tuple(Fault.Severity.MAJOR, "Certificate expired"));
        assertThat(faults.get(0).details()).contains("The certificate ten (caCertificate) expires on", "days)");
        assertThat(faults).allSatisfy(f -> {
            assertThat(f.eventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
            assertThat(f.object()).isEqualTo(Fault.ManagedObject.target(target.getId(), "edge"));
        });
        assertThat(faults).extracting(Fault::cause).doesNotHaveDuplicates();
    }

    @Test
    void aKubeconfigsBase64CertificatesAreWatchedToo() throws Exception {
        String data =
                Base64.getEncoder().encodeToString(pem("kube-admin", null, 2).getBytes(StandardCharsets.US_ASCII));
        String kubeconfig = "users:\n- name: admin\n  user:\n    client-certificate-data: " + data
                + "\n    client-key-data: c2VjcmV0\n";

        List<TargetCertificates.Seen> seen = TargetCertificates.in(Map.of("kubeconfig", kubeconfig));

        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.field()).isEqualTo("kubeconfig client-certificate");
            assertThat(s.subject()).isEqualTo("kube-admin");
        });
        assertThat(TargetFaults.faults(target(), seen, now))
                .singleElement()
                .extracting(Fault::severity)
                .isEqualTo(Fault.Severity.MAJOR);
    }

    @Test
    void unreachableAndCredentialsRejectedAreCriticalWithTheChecksMessage() {
        FleetTarget target = target();
        target.checked(Health.UNREACHABLE, "REFUSED", "Connection refused by 10.0.0.1:2376", "", now);
        assertThat(TargetFaults.faults(target, List.of(), now)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.CRITICAL);
            assertThat(f.eventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
            assertThat(f.probableCause()).isEqualTo("Target unreachable");
            assertThat(f.details()).isEqualTo("Connection refused by 10.0.0.1:2376");
            assertThat(f.resource()).isEqualTo(Fault.Resource.target(target.getId(), "edge"));
        });

        target.checked(Health.UNREACHABLE, "FORBIDDEN", "Forbidden", "", now);
        assertThat(TargetFaults.faults(target, List.of(), now))
                .singleElement()
                .extracting(Fault::probableCause)
                .isEqualTo("Credentials rejected");

        target.checked(Health.REACHABLE, "", "Connected", "28.0", now);
        assertThat(TargetFaults.faults(target, List.of(), now)).isEmpty();
    }

    @Test
    void aNodeMissingFromTheLatestInventoryOrNotReadyIsMajorUntilItIsBack() {
        FleetTarget target = target();
        target.synced(List.of(node("n1", true), node("n2", true), node("n3", true)), List.of(), "v1", now);
        target.synced(List.of(node("n1", true), node("n3", false)), List.of(), "v1", now);
        target.checked(Health.UNREACHABLE, "TIMEOUT", "Timed out", "", now);

        List<Fault> faults = TargetFaults.faults(target, List.of(), now);

        assertThat(faults)
                .extracting(Fault::cause, Fault::probableCause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unreachable", "Target unreachable"),
                        org.assertj.core.groups.Tuple.tuple("node:n2", "Node gone"),
                        org.assertj.core.groups.Tuple.tuple("node:n3", "Node not ready"));
        assertThat(faults.get(1).resource()).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Fault.Resource.Kind.NODE);
            assertThat(r.targetId()).isEqualTo(target.getId());
        });
        assertThat(faults.get(1).severity()).isEqualTo(Fault.Severity.MAJOR);
        assertThat(faults.get(1).eventType()).isEqualTo(Fault.EventType.EQUIPMENT_ALARM);

        target.synced(List.of(node("n1", true)), List.of(), "v1", now);
        assertThat(target.getNodesGone()).as("still gone across syncs").containsExactly("n2", "n3");
        target.synced(List.of(node("n1", true), node("n2", true), node("n3", true)), List.of(), "v1", now);
        target.checked(Health.REACHABLE, "", "ok", "v1", now);
        assertThat(TargetFaults.faults(target, List.of(), now)).isEmpty();
    }

    @Test
    void anOperatorsChangeAcceptsTheNodesTheTargetHasNow() {
        FleetTarget target = target();
        target.synced(List.of(node("n1", true), node("n2", true)), List.of(), "v1", now);
        target.synced(List.of(node("n1", true)), List.of(), "v1", now);
        assertThat(target.getNodesGone()).containsExactly("n2");

        target.describe("edge", "", "", "", "unix:///x", "sealed", "alice", now);
        assertThat(target.getNodesGone()).isEmpty();
    }

    private FleetTarget target() {
        FleetTarget target = new FleetTarget(UUID.randomUUID(), TargetKind.DOCKER, "alice", now);
        target.describe("edge", "", "", "", "unix:///run/docker.sock", "sealed", "alice", now);
        return target;
    }

    private static NodeRow node(String name, boolean ready) {
        return new NodeRow(name, "amd64", "amd64", "linux", 1000, 1 << 30, "", ready);
    }

    /** A self-signed certificate made with the JDK's keytool, valid {@code days} from {@code start} (keytool syntax). */
    private String pem(String cn, String start, int days) throws Exception {
        Path store = dir.resolve(cn + ".p12");
        List<String> make = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", "c", "-keyalg", "EC"));
        make.addAll(List.of("-groupname", "secp256r1", "-dname", "CN=" + cn, "-validity", String.valueOf(days)));
        if (start != null) {
            make.addAll(List.of("-startdate", start));
        }
        make.addAll(List.of("-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit"));
        run(make);
        Path out = dir.resolve(cn + ".pem");
        run(List.of(
                keytool(),
                "-exportcert",
                "-rfc",
                "-alias",
                "c",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-file",
                out.toString()));
        return Files.readString(out);
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
