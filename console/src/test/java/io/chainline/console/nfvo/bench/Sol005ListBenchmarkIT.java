package io.chainline.console.nfvo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.Sol005Seed;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The SOL005 list benchmark of issue 24 (a harness that prints, not a test; it runs only with {@code -Dbench}):
 * seeds 100, 1,000 and 10,000 rows of each collection into a schema of its own on the test PostgreSQL, and prints
 * p50/p95 of the first page (100 rows, the default page size) and of a needle filter, as a client reads them over
 * HTTP. Run it as docs/performance.md says.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = ".*")
@TestPropertySource(properties = "chainline.api.page-size=100")
class Sol005ListBenchmarkIT {

    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final int WARM_UP = 20;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 60);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listLatencyBySize() throws Exception {
        TestUsers.ensure(users);
        String token = Sol005Client.token(port, TestUsers.OPERATOR, "OPERATOR");
        List<Sol005Seed> seeds = new ArrayList<>();
        List<String> table = new ArrayList<>();
        table.add("| collection | rows | p50 ms | p95 ms |");
        table.add("|---|---:|---:|---:|");
        int seeded = 0;
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        try {
            for (int size : SIZES) {
                Sol005Seed seed = new Sol005Seed(jdbc).write(size - seeded, from.plusSeconds(seeded));
                seeds.add(seed);
                seeded = size;
                jdbc.execute("ANALYZE");
                for (Map.Entry<String, String> query : queries(seed, size).entrySet()) {
                    double[] ms = measure(query.getValue(), token);
                    table.add("| " + query.getKey() + " | " + size + " | " + fmt(ms[0]) + " | " + fmt(ms[1]) + " |");
                }
            }
        } finally {
            seeds.forEach(Sol005Seed::remove);
        }
        System.out.println("SOL005 list latency (" + SAMPLES + " samples each, after " + WARM_UP + " warm-up):\n"
                + String.join("\n", table));
    }

    private static Map<String, String> queries(Sol005Seed last, int size) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("vnf_packages (v2)", "/api/vnfpkgm/v2/vnf_packages");
        queries.put("vnf_packages (v1)", "/api/vnfpkgm/v1/vnf_packages");
        queries.put(
                "vnf_packages, needle (eq,vnfdId,…)",
                "/api/vnfpkgm/v2/vnf_packages?filter=(eq,vnfdId,vnfd-" + last.tag() + "-" + (last.rows() - 1) + ")");
        queries.put(
                "vnf_packages, in memory (eq,usageState,NOT_IN_USE)",
                "/api/vnfpkgm/v2/vnf_packages?filter=(eq,usageState,NOT_IN_USE)");
        queries.put("ns_descriptors", "/api/nsd/v2/ns_descriptors");
        queries.put("pnf_descriptors", "/api/nsd/v2/pnf_descriptors");
        queries.put("ns_instances", "/api/nslcm/v2/ns_instances");
        queries.put("ns_lcm_op_occs", "/api/nslcm/v2/ns_lcm_op_occs");
        queries.put("subscriptions (vnfpkgm)", "/api/vnfpkgm/v2/subscriptions");
        return queries;
    }

    /** p50 and p95 in milliseconds of GET {@code path}. */
    private double[] measure(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        for (int i = 0; i < WARM_UP; i++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.95) - 1]};
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
