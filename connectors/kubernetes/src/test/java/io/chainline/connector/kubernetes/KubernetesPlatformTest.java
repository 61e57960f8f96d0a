package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.ResolvedAccess;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Kubernetes form's rules, moved here from the console with the platform (ADR 23). */
class KubernetesPlatformTest {

    private final KubernetesPlatform platform = new KubernetesPlatform();

    @Test
    void aServerAndTokenAreAccessAndABlankTokenOnAChangeKeepsTheStoredOne() {
        ResolvedAccess first =
                platform.resolve(Map.of("server", "https://api.example:6443", "token", "tok-SECRET"), Optional.empty());
        ResolvedAccess changed =
                platform.resolve(Map.of("server", "https://api2.example:6443"), Optional.of(first.access()));

        assertThat(first.endpoint()).isEqualTo("https://api.example:6443");
        assertThat(((KubernetesAccess) changed.access()).token()).contains("tok-SECRET");
        assertThat(changed.access().toString()).doesNotContain("tok-SECRET");
        assertThat(platform.decode(platform.encode(changed.access()))).isEqualTo(changed.access());
    }

    @Test
    void missingOrUnreadableAccessIsRefusedNamingTheField() {
        assertThatThrownBy(() -> platform.resolve(Map.of(), Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessException.class, e -> assertThat(e.code()).isEqualTo("FLEET-KUBE-ACCESS"));
        assertThatThrownBy(() -> platform.resolve(Map.of("server", "https://api.example:6443"), Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessException.class, e -> assertThat(e.field()).isEqualTo("token"));
        assertThatThrownBy(() -> platform.choices("context", Map.of("kubeconfig", "not: [yaml")))
                .isInstanceOfSatisfying(AccessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-KUBECONFIG");
                    assertThat(e.field()).isEqualTo("kubeconfig");
                });
    }

    @Test
    void theContextIsAChoiceFedByTheKubeconfig() {
        assertThat(platform.form().field("context").orElseThrow().choicesFrom()).contains("kubeconfig");
        assertThat(platform.form().field("kubeconfig").orElseThrow().secret()).isTrue();
    }

    @Test
    void accessDetailsNeverPrintTheirSecrets() {
        var kubeconfig = KubernetesAccess.ofKubeconfig("token: s3cr3t-kube", Optional.of("prod"));
        var token = KubernetesAccess.ofToken(java.net.URI.create("https://k8s:6443"), Optional.empty(), "s3cr3t-tok");

        assertThat(kubeconfig.toString())
                .doesNotContain("s3cr3t")
                .contains("redacted")
                .contains("context prod");
        assertThat(token.toString()).doesNotContain("s3cr3t").contains("redacted");
    }
}
