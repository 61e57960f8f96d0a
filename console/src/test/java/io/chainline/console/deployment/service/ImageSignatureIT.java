package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.registry.CosignVerifier;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.StepState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.OciPush;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signature gate, against the real local registry and cosign-format signatures made in the test: a deployment
 * that asks for signatures runs only images signed by a key it trusts; anything else stops before a thing is created.
 */
@IntegrationTest
class ImageSignatureIT {

    private static final String REPOSITORY = "nfv/echo";

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    ImageService images;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private final OciPush registry = new OciPush();
    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary host;

    @BeforeEach
    void registerTheHost() {
        host = fleet.register(
                DeploymentDockerIT.docker(DeploymentDockerIT.unique("podman"), Engines.podman()), "admin");
        fleet.sync(host.id());
    }

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    private static String digest() {
        return Engines.env().getProperty("NF_DIGEST");
    }

    private DeploymentSettings signedBy(KeyPair trusted) {
        return new DeploymentSettings(
                Set.of(host.name()),
                Map.of(),
                Map.of(),
                null,
                true,
                List.of(OciPush.pem(trusted.getPublic())),
                Map.of(),
                Map.of(),
                null);
    }

    private DeploymentViews.JobDetail awaitEnd(UUID job) {
        await().atMost(Duration.ofMinutes(3))
                .until(() -> queries.job(job).summary().state().finished());
        return queries.job(job);
    }

    @Test
    void anImageSignedByATrustedKeyPassesTheGateAndRuns() throws Exception {
        KeyPair signer = OciPush.keyPair();
        registry.sign(REPOSITORY, digest(), digest(), signer.getPrivate());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = DeploymentDockerIT.unique("signed");

        DeploymentViews.JobDetail job = awaitEnd(
                deployments.deploy(name, chain.id(), signedBy(signer), "olivia").id());

        assertThat(job.summary().state()).as(job.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(job.steps().getFirst().message())
                .isEqualTo("1 image pinned by digest, each signed by a trusted key");
        assertThat(Engines.containersOf(podman, name)).hasSize(3);
        awaitEnd(deployments.terminate(job.summary().deploymentId(), "olivia").id());
    }

    @Test
    void aSignatureByAnUntrustedKeyStopsTheJobBeforeAnythingIsCreated() throws Exception {
        registry.sign(REPOSITORY, digest(), digest(), OciPush.keyPair().getPrivate());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = DeploymentDockerIT.unique("untrusted");

        DeploymentViews.JobDetail job = awaitEnd(deployments
                .deploy(name, chain.id(), signedBy(OciPush.keyPair()), "olivia")
                .id());

        assertThat(job.summary().state()).isEqualTo(JobState.ROLLED_BACK);
        assertThat(job.summary().errorCode()).isEqualTo("IMAGE-SIGNATURE-INVALID");
        assertThat(job.steps().getFirst().state()).isEqualTo(StepState.FAILED);
        assertThat(job.steps().get(1).state()).isEqualTo(StepState.PENDING);
        assertThat(job.events())
                .anySatisfy(e -> assertThat(e.message())
                        .contains("IMAGE-SIGNATURE-INVALID", "is signed, but by no key this deployment trusts"));
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        assertThat(queries.detail(job.summary().deploymentId()).summary().state())
                .isEqualTo(DeploymentState.NOT_INSTANTIATED);
    }

    @Test
    void unsignedMismatchedAndUnreadableKeysAreRefusedWithTheirCodes() throws Exception {
        var seed = LocalSeed.multi();
        KeyPair key = OciPush.keyPair();
        CosignVerifier.Verdict unsigned = images.verifySignature(seed, List.of(OciPush.pem(key.getPublic())));
        assertThat(unsigned.verified()).isFalse();
        assertThat(unsigned.code()).isEqualTo("IMAGE-UNSIGNED");
        assertThat(unsigned.message()).contains("sign it with cosign sign --key");

        String single = LocalSeed.single();
        String singleDigest = single.substring(single.indexOf('@') + 1);
        registry.sign("probe/busybox", singleDigest, digest(), key.getPrivate());
        assertThat(images.verifySignature(single, List.of(OciPush.pem(key.getPublic())))
                        .code())
                .isEqualTo("IMAGE-SIGNATURE-MISMATCH");

        assertThatThrownBy(() -> images.verifySignature(single, List.of("-----BEGIN PUBLIC KEY-----\nnot a key!\n")))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("SIGNATURE-KEY-INVALID"));
    }

    /** The seeded test images of .ci/test-services.sh, by digest. */
    private static final class LocalSeed {
        static java.util.Properties seed() throws Exception {
            var p = new java.util.Properties();
            try (var in = java.nio.file.Files.newInputStream(
                    java.nio.file.Path.of(java.util.Optional.ofNullable(System.getenv("CHAINLINE_TEST_REGISTRY_SEED"))
                            .orElse("/tmp/local-registry/run/seed.env")))) {
                p.load(in);
            }
            return p;
        }

        static String multi() throws Exception {
            var p = seed();
            return "127.0.0.1:5000/probe/busybox-multi@" + p.getProperty("MULTI_DIGEST");
        }

        static String single() throws Exception {
            var p = seed();
            return "127.0.0.1:5000/probe/busybox@" + p.getProperty("SINGLE_DIGEST");
        }
    }
}
