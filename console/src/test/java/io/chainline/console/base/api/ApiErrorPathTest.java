package io.chainline.console.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's one error path, on a test-only controller (not a bean, so no endpoint is added to the console). */
class ApiErrorPathTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemResponses.class);
    private MockMvc mvc;

    /**
     * Only here: nested in a test class and a {@link TestComponent}, so the ITs' component scan leaves it out and no
     * endpoint is added to the console.
     */
    @RestController
    @TestComponent
    static class Probe {
        @GetMapping("/api/test/boom")
        @ResponseBody
        String boom() {
            throw new IllegalStateException("internal detail that must stay in the log");
        }

        @GetMapping("/api/test/param")
        @ResponseBody
        String param(@RequestParam int count) {
            return "n=" + count;
        }

        @GetMapping("/api/test/gone")
        void gone(HttpServletResponse response) throws IOException {
            response.sendError(404);
        }

        @PostMapping("/api/test/echo")
        @ResponseBody
        String echo(@RequestBody String body) {
            return "read " + body.length();
        }
    }

    @BeforeEach
    void setUp() {
        ProblemResponses problems = new ProblemResponses(JSON);
        ApiEdgeFilter edge =
                new ApiEdgeFilter(problems, new BodyLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(1)));
        Filter failing = (request, response, chain) -> {
            if (((jakarta.servlet.http.HttpServletRequest) request)
                    .getRequestURI()
                    .equals("/api/test/filter")) {
                throw new IllegalStateException("a filter broke");
            }
            chain.doFilter(request, response);
        };
        mvc = MockMvcBuilders.standaloneSetup(new Probe())
                .setControllerAdvice(new ApiExceptionHandler(), new RoutingProblems())
                .addFilters(edge, failing)
                .build();
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(logged);
    }

    @Test
    void anUnexpectedFailureIs500WithACorrelationIdThatTheOneLogLineCarries() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/test/boom")).andReturn().getResponse();

        JsonNode problem = problem(response, 500, "INTERNAL-ERROR");
        String correlationId = problem.path("correlationId").asString();
        assertThat(correlationId).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(correlationId);
        assertThat(response.getContentAsString())
                .doesNotContain("internal detail")
                .doesNotContain("IllegalStateException");
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).contains(correlationId).contains("/api/test/boom");
            assertThat(line.getThrowableProxy().getMessage()).contains("internal detail");
        });
    }

    @Test
    void aFailureOutsideAnyControllerIsAlso500ProblemJson() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/test/filter")).andReturn().getResponse();

        assertThat(problem(response, 500, "INTERNAL-ERROR")
                        .path("correlationId")
                        .asString())
                .isNotBlank();
        assertThat(logged.list).hasSize(1);
    }

    @Test
    void aBareSendErrorBecomesCodedProblemJson() throws Exception {
        problem(mvc.perform(get("/api/test/gone")).andReturn().getResponse(), 404, "NOT-FOUND");
    }

    @Test
    void aMissingOrMalformedParameterIsNamedWithoutJavaTypes() throws Exception {
        JsonNode missing =
                problem(mvc.perform(get("/api/test/param")).andReturn().getResponse(), 400, "REQUEST-INVALID");
        assertThat(missing.path("detail").asString()).isEqualTo("The request parameter 'count' is required.");

        JsonNode malformed = problem(
                mvc.perform(get("/api/test/param").param("count", "many"))
                        .andReturn()
                        .getResponse(),
                400,
                "REQUEST-INVALID");
        assertThat(malformed.path("detail").asString()).isEqualTo("'many' is not a valid whole number for 'count'.");
    }

    @Test
    void aBodyOverTheLimitIs413AndABodyUnderItIsRead() throws Exception {
        problem(
                mvc.perform(post("/api/test/echo")
                                .contentType("application/json")
                                .content("x".repeat(1025)))
                        .andReturn()
                        .getResponse(),
                413,
                "REQUEST-TOO-LARGE");
        assertThat(mvc.perform(post("/api/test/echo")
                                .contentType("application/json")
                                .content("x".repeat(1024)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("read 1024");
    }

    private static JsonNode problem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(response.getContentAsString()).doesNotContain("java.");
        return problem;
    }
}
