package io.chainline.placement;

import static io.chainline.connector.api.Architecture.AMD64;
import static io.chainline.connector.api.Architecture.ARM64;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacerTest {

    private final Placer placer = new Placer();

    static Candidate.Node node(String name, Architecture arch, long milliCpu, long memoryMiB) {
        return new Candidate.Node(name, Optional.of(arch), milliCpu, memoryMiB << 20, Map.of(), true);
    }

    static Candidate kubernetes(String name, Set<String> kata, Candidate.Node... nodes) {
        return new Candidate(
                name + "-id", name, "kubernetes", Map.of("site", "paris"), true, "", true, false, kata, List.of(nodes));
    }

    static Candidate docker(String name, Architecture arch) {
        return new Candidate(
                name + "-id",
                name,
                "docker",
                Map.of("site", "lyon"),
                true,
                "",
                true,
                false,
                Set.of(),
                List.of(node(name + "-host", arch, 4000, 8192)));
    }

    static Candidate openstack(String name) {
        return new Candidate(
                name + "-id",
                name,
                "openstack",
                Map.of(),
                true,
                "",
                false,
                true,
                Set.of(),
                List.of(node("hv1", AMD64, 32000, 65536)));
    }

    static Demand container(String nf, int replicas, Set<Architecture> image, Set<Architecture> allowed) {
        return new Demand(
                nf,
                "main",
                replicas,
                false,
                image,
                allowed,
                Optional.empty(),
                500,
                256L << 20,
                false,
                Map.of(),
                List.of());
    }

    @Test
    void anArm64OnlyImageGoesToTheArmNodesOfAMixedCluster() {
        Candidate mixed = kubernetes("edge", Set.of(), node("x1", AMD64, 4000, 8192), node("a1", ARM64, 4000, 8192));
        PlacementResult result = placer.place(
                List.of(container("fw", 2, Set.of(ARM64), Set.of())), List.of(mixed), PlacementPolicy.ANYWHERE);

        Decision.Choice choice = result.decisions().getFirst().choice().orElseThrow();
        assertThat(choice.architectures()).containsExactly(ARM64);
        assertThat(choice.nodes()).containsExactly("a1", "a1");
        assertThat(choice.reasons().getFirst())
                .isEqualTo("image offers [arm64], VDU allows any → runs on [arm64] nodes here");
    }

    @Test
    void whenNothingFitsEveryCandidateSaysWhichConstraintFailed() {
        Demand arm = new Demand(
                "fw",
                "main",
                2,
                false,
                Set.of(ARM64),
                Set.of(),
                Optional.of("kata-qemu"),
                500,
                256L << 20,
                false,
                Map.of(),
                List.of());
        List<Candidate> fleet = List.of(
                docker("host", ARM64),
                kubernetes("x86-only", Set.of("kata-qemu"), node("x1", AMD64, 4000, 8192)),
                openstack("cloud"));

        Decision decision = placer.place(List.of(arm), fleet, PlacementPolicy.ANYWHERE)
                .decisions()
                .getFirst();

        assertThat(decision.placed()).isFalse();
        assertThat(decision.rejections())
                .extracting(Rejection::target, Rejection::constraint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("host", Constraint.ISOLATION),
                        org.assertj.core.groups.Tuple.tuple("x86-only", Constraint.ARCHITECTURE),
                        org.assertj.core.groups.Tuple.tuple("cloud", Constraint.KIND));
        assertThat(decision.rejections().get(1).detail())
                .isEqualTo("needs [arm64] (image [arm64], VDU allows any); ready nodes are amd64 ×1");
        assertThat(decision.summary()).startsWith("fw/main: no target fits — host: isolation — the VDU is sandboxed");
    }

    @Test
    void aSandboxedVduGoesOnlyWhereItsKataRuntimeClassExists() {
        Demand fw = new Demand(
                "fw",
                "main",
                1,
                false,
                Set.of(),
                Set.of(),
                Optional.of("kata-qemu"),
                100,
                1 << 20,
                false,
                Map.of(),
                List.of());
        List<Candidate> fleet = List.of(
                docker("host", AMD64),
                kubernetes("plain", Set.of(), node("p1", AMD64, 64000, 65536)),
                kubernetes("kata", Set.of("kata-qemu"), node("k1", AMD64, 1000, 1024)));

        Decision decision = placer.place(List.of(fw), fleet, PlacementPolicy.ANYWHERE)
                .decisions()
                .getFirst();

        assertThat(decision.choice().orElseThrow().targetName()).isEqualTo("kata");
        assertThat(decision.choice().orElseThrow().reasons())
                .contains("sandboxed in the kata-qemu runtime class", "the only target that fits");
        assertThat(decision.rejections())
                .extracting(Rejection::detail)
                .contains("the VDU is sandboxed in kata-qemu; this target offers no Kata runtime class");
    }

    @Test
    void vmsGoToOpenStackAndContainersDoNot() {
        Demand router = new Demand(
                "router",
                "vm",
                1,
                true,
                Set.of(AMD64),
                Set.of(),
                Optional.empty(),
                4000,
                8L << 30,
                false,
                Map.of(),
                List.of());
        PlacementResult result = placer.place(
                List.of(router, container("fw", 1, Set.of(), Set.of())),
                List.of(openstack("cloud"), docker("host", AMD64)),
                PlacementPolicy.ANYWHERE);

        assertThat(result.decisions())
                .extracting(d -> d.choice().orElseThrow().targetName())
                .containsExactly("cloud", "host");
        assertThat(result.byTarget()).containsOnlyKeys("cloud-id", "host-id");
    }

    @Test
    void capacityIsHandedOutAcrossDemandsAndTheShortfallIsQuantified() {
        Candidate small = kubernetes("small", Set.of(), node("n1", AMD64, 1000, 1024));
        PlacementResult result = placer.place(
                List.of(container("a", 2, Set.of(), Set.of()), container("b", 1, Set.of(), Set.of())),
                List.of(small),
                PlacementPolicy.ANYWHERE);

        assertThat(result.decisions().get(0).placed()).isTrue();
        Rejection rejection = result.decisions().get(1).rejections().getFirst();
        assertThat(rejection.constraint()).isEqualTo(Constraint.CAPACITY);
        assertThat(rejection.detail())
                .isEqualTo(
                        "1 × (500m CPU, 256 MiB) do not fit; the roomiest eligible node has 0m CPU and 512 MiB free");
        assertThat(result.complete()).isFalse();
        assertThat(result.unplaced()).hasSize(1);
    }

    @Test
    void antiAffinityNeedsAsManyNodesAsInstancesAndSpreadsThem() {
        Demand spread = new Demand(
                "fw", "main", 3, false, Set.of(), Set.of(), Optional.empty(), 100, 1 << 20, true, Map.of(), List.of());
        Candidate two = kubernetes("two", Set.of(), node("n1", AMD64, 8000, 8192), node("n2", AMD64, 8000, 8192));
        Candidate three = kubernetes(
                "three",
                Set.of(),
                node("m1", AMD64, 8000, 8192),
                node("m2", AMD64, 8000, 8192),
                node("m3", AMD64, 1000, 8192));

        Decision decision = placer.place(List.of(spread), List.of(two, three), PlacementPolicy.ANYWHERE)
                .decisions()
                .getFirst();

        assertThat(decision.choice().orElseThrow().nodes()).containsExactlyInAnyOrder("m1", "m2", "m3");
        assertThat(decision.rejections().getFirst())
                .isEqualTo(new Rejection(
                        "two", Constraint.ANTI_AFFINITY, "3 instances must be on different nodes; 2 eligible nodes"));
    }

    @Test
    void aNetworkFunctionKeptWhereItRunsSaysSoInsteadOfClaimingTheUserPinnedIt() {
        List<Candidate> fleet = List.of(docker("lab", AMD64), docker("other", AMD64));
        PlacementPolicy scaling =
                new PlacementPolicy(Set.of(), Map.of(), Map.of("fw", "lab", "router", "lab")).keeping(Set.of("fw"));

        PlacementResult result = placer.place(
                List.of(container("fw", 1, Set.of(), Set.of()), container("router", 1, Set.of(), Set.of())),
                fleet,
                scaling);

        assertThat(result.decisions().get(0).choice().orElseThrow().reasons())
                .first()
                .isEqualTo("kept on the target it already runs on (a scale or upgrade moves nothing)");
        assertThat(result.decisions().get(1).choice().orElseThrow().reasons())
                .first()
                .isEqualTo("pinned here by the deployment's override");
    }

    @Test
    void thePolicyLimitsTargetsByNameAndLabelAndOverridesPinOneNf() {
        List<Candidate> fleet =
                List.of(docker("lyon-host", AMD64), kubernetes("paris-k8s", Set.of(), node("n", AMD64, 8000, 8192)));
        PlacementPolicy paris = new PlacementPolicy(Set.of(), Map.of("site", "paris"), Map.of("fw", "lyon-host"));

        PlacementResult result = placer.place(
                List.of(container("fw", 1, Set.of(), Set.of()), container("router", 1, Set.of(), Set.of())),
                fleet,
                paris);

        assertThat(result.decisions().get(0).choice().orElseThrow().targetName())
                .isEqualTo("lyon-host");
        assertThat(result.decisions().get(0).choice().orElseThrow().reasons())
                .first()
                .isEqualTo("pinned here by the deployment's override");
        assertThat(result.decisions().get(1).choice().orElseThrow().targetName())
                .isEqualTo("paris-k8s");
        assertThat(result.decisions().get(1).rejections())
                .containsExactly(
                        new Rejection("lyon-host", Constraint.POLICY, "lacks label site=paris (has site=lyon)"));
        assertThat(result.decisions().get(0).rejections())
                .containsExactly(new Rejection("paris-k8s", Constraint.OVERRIDE, "fw is pinned to lyon-host"));
    }

    @Test
    void unhealthyTargetsAndMissingNodeLabelsAreReported() {
        Candidate down = new Candidate(
                "d",
                "down",
                "docker",
                Map.of(),
                false,
                "connection refused at 10:00",
                true,
                false,
                Set.of(),
                List.of(node("h", AMD64, 1000, 1024)));
        Candidate k8s = kubernetes("k8s", Set.of(), node("n", AMD64, 8000, 8192));
        Demand labelled = new Demand(
                "dpi",
                "main",
                1,
                false,
                Set.of(),
                Set.of(),
                Optional.empty(),
                100,
                1 << 20,
                false,
                Map.of("sriov", "true"),
                List.of());

        Decision decision = placer.place(List.of(labelled), List.of(down, k8s), PlacementPolicy.ANYWHERE)
                .decisions()
                .getFirst();

        assertThat(decision.rejections())
                .containsExactly(
                        new Rejection("down", Constraint.HEALTH, "not usable: connection refused at 10:00"),
                        new Rejection(
                                "k8s",
                                Constraint.NODE_LABELS,
                                "no ready node of a fitting architecture carries {sriov=true}"));
    }

    @Test
    void aChainStaysOnOneTargetWhenItFitsThere() {
        Candidate roomy = kubernetes("roomy", Set.of(), node("r", AMD64, 64000, 65536));
        Candidate other = kubernetes("other", Set.of(), node("o", AMD64, 8000, 8192));
        Demand first = new Demand(
                "classifier",
                "main",
                1,
                false,
                Set.of(),
                Set.of(),
                Optional.empty(),
                100,
                1 << 20,
                false,
                Map.of(),
                List.of("fw"));
        Demand second = new Demand(
                "fw",
                "main",
                1,
                false,
                Set.of(),
                Set.of(),
                Optional.empty(),
                100,
                1 << 20,
                false,
                Map.of(),
                List.of("classifier"));
        PlacementPolicy pinFirst = new PlacementPolicy(Set.of(), Map.of(), Map.of("classifier", "other"));

        PlacementResult result = placer.place(List.of(first, second), List.of(roomy, other), pinFirst);

        Decision.Choice fw = result.decisions().get(1).choice().orElseThrow();
        assertThat(fw.targetName()).isEqualTo("other");
        assertThat(fw.reasons()).contains("keeps the chain together: a neighbour already runs here");
    }

    @Test
    void theImageAndTheVduDisagreeingIsSaidOnEveryCandidate() {
        Decision decision = placer.place(
                        List.of(container("fw", 1, Set.of(AMD64), Set.of(ARM64))),
                        List.of(docker("h", AMD64)),
                        PlacementPolicy.ANYWHERE)
                .decisions()
                .getFirst();
        assertThat(decision.rejections().getFirst().constraint()).isEqualTo(Constraint.ARCHITECTURE);
        assertThat(decision.rejections().getFirst().detail()).contains("built for [amd64]", "allows only [arm64]");
    }

    @Test
    void theSameInputsGiveTheSameAnswer() {
        List<Candidate> fleet = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            fleet.add(
                    kubernetes("t" + t, Set.of(), node("a" + t, AMD64, 4000, 8192), node("b" + t, ARM64, 4000, 8192)));
        }
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            demands.add(container("nf" + i, 1 + i % 3, i % 2 == 0 ? Set.of(ARM64) : Set.of(), Set.of()));
        }
        assertThat(placer.place(demands, fleet, PlacementPolicy.ANYWHERE))
                .isEqualTo(placer.place(demands, fleet, PlacementPolicy.ANYWHERE));
    }
}
