package io.chainline.connector.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The chain context and forwarding reach a VM through cloud-init, whatever user data the VDU brings. */
class UserDataTest {

    private static final Workload CHAINED =
            TestCloud.chain(DeploymentRef.of("d-45")).workloads().get(1);

    @Test
    void withoutUserDataTheVmGetsACloudConfigWritingTheContextAndForwarding() {
        String data = UserData.of(CHAINED, Optional.empty()).orElseThrow();

        Map<?, ?> config = yaml(data);
        assertThat(data).startsWith("#cloud-config\n");
        assertThat((List<?>) config.get("write_files"))
                .singleElement()
                .isEqualTo(Map.of(
                        "path", "/etc/chainline/chain-context.json",
                        "permissions", "0644",
                        "content", CHAINED.configuration().get(Workload.CHAIN_CONTEXT)));
        assertThat(config.get("bootcmd")).isEqualTo(List.of(List.of("sysctl", "-w", "net.ipv4.ip_forward=1")));
    }

    @Test
    void aCloudConfigKeepsItsKeysAndGetsTheContextAddedToItsFiles() {
        String data = UserData.of(
                        CHAINED,
                        Optional.of("#cloud-config\nhostname: fw\nwrite_files:\n- path: /etc/motd\n  content: edge\n"))
                .orElseThrow();

        Map<?, ?> config = yaml(data);
        assertThat(config.get("hostname")).isEqualTo("fw");
        assertThat(((List<?>) config.get("write_files"))
                        .stream()
                                .map(f -> String.valueOf(((Map<?, ?>) f).get("path")))
                                .toList())
                .containsExactly("/etc/motd", "/etc/chainline/chain-context.json");
    }

    @Test
    void aScriptBecomesTheFirstPartOfAMimeArchiveBeforeChainlinesAppendingCloudConfig() {
        String script = "#!/bin/sh\necho vpn > /etc/hostname\n";

        String data = UserData.of(CHAINED, Optional.of(script)).orElseThrow();

        assertThat(data).startsWith("Content-Type: multipart/mixed; boundary=\"chainline-");
        assertThat(data).contains("Content-Type: text/plain; charset=\"utf-8\"\n\n" + script + "--chainline-");
        String cloudConfig = data.substring(data.indexOf("#cloud-config"), data.lastIndexOf("\n--chainline-"));
        Map<?, ?> config = yaml(cloudConfig);
        assertThat(config.get("merge_how").toString()).contains("append").contains("no_replace");
        assertThat(config.get("write_files").toString()).contains("/etc/chainline/chain-context.json");
        assertThat(data)
                .endsWith("--\n")
                .isEqualTo(UserData.of(CHAINED, Optional.of(script)).orElseThrow());
    }

    @Test
    void aVmOnNoChainKeepsItsUserDataUntouched() {
        Workload plain = TestCloud.vm("router", "rt", 1, false);

        assertThat(UserData.of(plain, plain.vm().orElseThrow().userData()))
                .contains("#cloud-config\nhostname: router\n");
        assertThat(UserData.of(plain, Optional.empty())).isEmpty();
    }

    private static Map<?, ?> yaml(String text) {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }
}
