package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Subnets and addresses survive the edits around them, and the fields' findings name what is wrong. */
class AddressingEditsTest {

    private static final Optional<L3Data> SUBNET = Subnets.l3("10.60.2.0/24", "10.60.2.1", "", false);
    private static final Optional<CpAddressing> FIXED =
            Optional.of(new CpAddressing(List.of("10.60.2.10", "10.60.2.11"), 1, true));

    /** The firewall with its first link subnetted and its first CP on that link with fixed addresses. */
    private static VnfDescriptor addressed() {
        VnfDescriptor d = DemoDescriptors.firewall();
        String link = VnfEdits.flavour(d).virtualLinks().getFirst().node();
        String cp = VnfEdits.flavour(d).cps().getFirst().node();
        d = LinkEdits.setSubnet(d, link, SUBNET).descriptor();
        d = LinkEdits.connectCp(d, cp, Optional.of(link)).descriptor();
        return LinkEdits.setAddressing(d, cp, FIXED).descriptor();
    }

    private static VirtualLink link(VnfDescriptor d) {
        return VnfEdits.flavour(d).virtualLinks().getFirst();
    }

    private static VduCp cp(VnfDescriptor d) {
        return VnfEdits.flavour(d).cps().getFirst();
    }

    @Test
    void renamingLinksAndPointsKeepsTheirSubnetAndAddresses() {
        VnfDescriptor d = addressed();
        d = LinkEdits.renameVl(d, link(d).node(), "lan_x").descriptor();
        d = LinkEdits.renameCp(d, cp(d).node(), "cp_x").descriptor();

        assertThat(link(d).node()).isEqualTo("lan_x");
        assertThat(link(d).l3()).isEqualTo(SUBNET);
        assertThat(cp(d).node()).isEqualTo("cp_x");
        assertThat(cp(d).virtualLink()).contains("lan_x");
        assertThat(cp(d).addressing()).isEqualTo(FIXED);
    }

    @Test
    void movingBindingOrUnlinkingAPointKeepsItsAddresses() {
        VnfDescriptor d = addressed();
        d = LinkEdits.bindCp(d, cp(d).node(), Optional.empty()).descriptor();
        d = LinkEdits.connectCp(d, cp(d).node(), Optional.empty()).descriptor();
        assertThat(cp(d).addressing()).isEqualTo(FIXED);

        VnfDescriptor relinked = LinkEdits.connectCp(d, cp(d).node(), Optional.of(link(d).node()))
                .descriptor();
        VnfDescriptor linkGone =
                LinkEdits.removeVl(relinked, link(relinked).node()).descriptor();
        assertThat(cp(linkGone).virtualLink()).isEmpty();
        assertThat(cp(linkGone).addressing()).isEqualTo(FIXED);
    }

    @Test
    void anEmptySubnetFormIsNoSubnetAndWhatIsTypedIsKeptAsTyped() {
        assertThat(Subnets.l3(" ", "", "", false)).isEmpty();
        L3Data typed = Subnets.l3("10.60.300.0/24", "", "10.0.0.5, 10.0.0.9-10.0.0.20", false)
                .orElseThrow();
        assertThat(typed.cidr()).isEqualTo("10.60.300.0/24");
        assertThat(Subnets.poolsText(typed.allocationPools())).isEqualTo("10.0.0.5, 10.0.0.9-10.0.0.20");
        assertThat(Subnets.l3("fd00::/64", "", "", true).orElseThrow().ipVersion())
                .isEqualTo("ipv6");
    }

    @Test
    void findingsNameWhatIsWrong() {
        assertThat(Subnets.cidrProblem("10.60.2.0/24")).isEmpty();
        assertThat(Subnets.cidrProblem("fd00:60::/64")).isEmpty();
        assertThat(Subnets.cidrProblem("10.60.300.0/24"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("L3-INVALID"));
        assertThat(Subnets.cidrProblem("10.60.2.0/33")).isPresent();
        assertThat(Subnets.cidrProblem("example.com/24")).isPresent();
        assertThat(Subnets.addressProblem("10.60.3.5", "10.60.2.0/24"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("L3-ADDRESS-OUTSIDE-SUBNET"));
        assertThat(Subnets.addressProblem("10.60.2.5", "10.60.2.0/24")).isEmpty();
        assertThat(Subnets.addressProblem("10.60.2.5", "")).isEmpty();
        assertThat(Subnets.addressProblem("localhost", "")).isPresent();
        assertThat(Subnets.addressingProblem(new CpAddressing(List.of("10.60.2.5", "10.60.2.5"), 1, false), SUBNET))
                .hasValueSatisfying(p -> assertThat(p).startsWith("L3-ADDRESS-DUPLICATE"));
        assertThat(Subnets.poolsProblem(
                        Subnets.l3("10.60.2.0/24", "", "10.60.2.5", false).orElseThrow()))
                .isPresent();
        assertThat(Subnets.gatewayProblem(
                        Subnets.l3("10.60.2.0/24", "10.60.9.1", "", false).orElseThrow()))
                .isPresent();
    }
}
