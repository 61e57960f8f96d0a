package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.DesignCheck;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.SharedCorpus;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every package of the shared corpus that MANIFEST.tsv expects accepted or rejected, onboarded through SOL005: an
 * accepted VNF package ends ONBOARDED (then is disabled and deleted, so its VNFD leaves the catalog); an accepted
 * package holding no VNFD ends ERROR saying so; a rejected one ends ERROR with the TOSCA engine's own findings.
 */
@IntegrationTest
class Sol005CorpusIT {

    private static final String PACKAGES = "/api/vnfpkgm/v2/vnf_packages";
    private static final ToscaEngine ENGINE = new ToscaEngine();

    /** Corpus files whose verdict Chainline's engine deliberately does not share (tosca's corpus-divergences.tsv). */
    private static final Set<String> DIVERGENT = divergent();

    @Autowired
    DesignCheck design;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    static Stream<Arguments> packages() throws IOException {
        return Files.readAllLines(SharedCorpus.root().resolve("MANIFEST.tsv")).stream()
                .skip(1)
                .map(line -> line.split("\t", -1))
                .filter(c -> c.length >= 9 && (c[0].endsWith(".csar") || c[0].endsWith(".zip")))
                .filter(c -> c[8].equals("accept") || c[8].equals("reject"))
                .map(c -> Arguments.of(c[0], c[8].equals("accept")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void onboardsWithTheExpectedState(String file, boolean expectedAccepted) throws Exception {
        Path path = SharedCorpus.root().resolve(file);
        byte[] bytes = read(path);
        // the corpus verdicts are validation verdicts (the import also applies the identity rule, below)
        ValidationReport strict = ENGINE.validateCsar(path.getFileName().toString(), bytes);
        assertThat(strict.accepted())
                .as("the engine's verdict: MANIFEST.tsv's, unless the tosca module lists it as a divergence")
                .isEqualTo(expectedAccepted != DIVERGENT.contains(file));
        // SOL005 onboards by the console's default profile (interop): what it tolerates onboards, with warnings
        ImportResult verdict = ENGINE.withProfile(Profile.INTEROP)
                .importYaml(path.getFileName().toString(), bytes);

        String id =
                Sol005Client.tree(api.json("POST", PACKAGES, "{}")).path("id").asString();
        assertThat(api.send("PUT", PACKAGES + "/" + id + "/package_content", "application/zip", bytes)
                        .statusCode())
                .isEqualTo(202);
        JsonNode pkg =
                api.awaitState(PACKAGES + "/" + id, "onboardingState", Duration.ofSeconds(90), "ONBOARDED", "ERROR");
        JsonNode failure = pkg.path("onboardingFailureDetails");

        if (!verdict.report().accepted()) {
            assertThat(pkg.path("onboardingState").asString()).isEqualTo("ERROR");
            assertThat(failure.path("code").asString()).isEqualTo("PACKAGE-REJECTED");
            assertThat(failure.path("issues").findValuesAsString("code"))
                    .containsAll(verdict.report().issues().stream()
                            .filter(Issue::isError)
                            .map(i -> i.code().code())
                            .toList());
        } else if (verdict.descriptor().orElse(null) instanceof VnfDescriptor vnf
                && !design.check(vnf).stream()
                        .filter(DesignIssue::error)
                        .toList()
                        .isEmpty()) {
            // valid TOSCA, but not publishable as it stands (e.g. no provider): the catalog's design checks say why
            assertThat(pkg.path("onboardingState").asString()).isEqualTo("ERROR");
            assertThat(failure.path("code").asString()).isEqualTo("CATALOG-INVALID");
            assertThat(failure.path("detail").asString())
                    .contains(design.check(vnf).stream()
                            .filter(DesignIssue::error)
                            .findFirst()
                            .orElseThrow()
                            .code());
        } else if (verdict.descriptor().orElse(null) instanceof VnfDescriptor vnf) {
            assertThat(pkg.path("onboardingState").asString())
                    .as(failure.toString())
                    .isEqualTo("ONBOARDED");
            assertThat(pkg.path("vnfdId").asString()).isEqualTo(vnf.descriptorId());
            assertThat(api.json("PATCH", PACKAGES + "/" + id, "{\"operationalState\":\"DISABLED\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(api.send("DELETE", PACKAGES + "/" + id, null, null).statusCode())
                    .isEqualTo(204);
        } else {
            assertThat(pkg.path("onboardingState").asString()).isEqualTo("ERROR");
            assertThat(failure.path("code").asString()).isIn("CATALOG-NOT-A-VNF", "CATALOG-NOT-A-DESCRIPTOR");
            assertThat(failure.path("detail").asString()).isNotBlank();
        }
    }

    private static Set<String> divergent() {
        Path tsv = Path.of(
                "..", "tosca", "src", "test", "resources", "io", "chainline", "tosca", "corpus-divergences.tsv");
        try {
            return Files.readAllLines(tsv).stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    // the strict verdict is checked here: lines limited to the interop profile do not apply
                    .filter(c -> c.length < 4 || c[3].isBlank() || c[3].equals("strict"))
                    .map(c -> c[0])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
