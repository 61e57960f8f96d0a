package io.chainline.console.nfvo.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.nfvo.service.OnboardingChecks;
import io.chainline.console.nfvo.service.Sol005Views;
import io.chainline.console.nfvo.service.VnfPackageService;
import io.chainline.console.support.SignedPackages;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An onboarded SOL005 package says which profile checked it and the warnings it was accepted with. */
class OnboardingChecksViewTest extends ViewTest {

    @Autowired
    VnfPackageService packages;

    @Autowired
    OnboardingChecks checks;

    /** The demo firewall as a product of its own, packaged and signed (no trust anchors: only "unverified"). */
    private static byte[] signedFirewall(String product) {
        VnfDescriptor firewall = DemoDescriptors.firewall();
        VnfIdentity id = firewall.identity();
        VnfDescriptor own = new VnfDescriptor(
                new VnfIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.descriptorVersion(),
                        id.provider(),
                        product,
                        id.softwareVersion(),
                        id.productInfoName(),
                        id.vnfmInfo()),
                firewall.flavours());
        byte[] csar = new ToscaEngine()
                .exportCsar(
                        own,
                        Sol001Edition.V4_4_1,
                        Map.of(
                                "vnf_provider_id",
                                id.provider(),
                                "vnf_product_name",
                                product,
                                "vnf_release_date_time",
                                "2026-12-05T08:00:00Z",
                                "vnf_package_version",
                                id.descriptorVersion()),
                        Map.of())
                .csar()
                .orElseThrow();
        return SignedPackages.signed("fw", csar);
    }

    @Test
    void anOnboardedPackageShowsTheProfileThatCheckedItAndItsWarnings() {
        String product = "fw-onboarded-" + UUID.randomUUID().toString().substring(0, 8);
        Sol005Views.VnfPkgInfo created = packages.create(Map.of(), TestUsers.OPERATOR);
        packages.upload(created.id(), "fw.zip", signedFirewall(product), TestUsers.OPERATOR);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> packages.get(created.id()).onboardingState(),
                        s -> !s.equals("PROCESSING") && !s.equals("UPLOADING"));
        assertThat(packages.get(created.id()).onboardingState())
                .as("%s", packages.get(created.id()).onboardingFailureDetails())
                .isEqualTo("ONBOARDED");

        OnboardingChecks.CheckView check = checks.vnfPackage(created.id());
        assertThat(check.profile()).isEqualTo("interop");
        assertThat(check.warnings()).extracting(w -> w.code()).contains("CSAR-SIGNATURE-UNVERIFIED");

        signIn(TestUsers.VIEWER);
        navigate(OnboardingView.class);
        assertThat(rows("onboarding-packages"))
                .anySatisfy(
                        row -> assertThat(row).contains(product).contains("Interop, " + check.total() + " warning(s)"));
        assertThat(text()).contains("checked by the console's profile (interop)");
    }
}
