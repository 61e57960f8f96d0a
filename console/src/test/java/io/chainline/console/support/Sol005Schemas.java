package io.chainline.console.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The ETSI SOL005 OpenAPI documents as the contract of the tests (ADR 0040): a response of a SOL005 API is checked
 * against the document of the version that API serves, by path template, method and status: its status must be one
 * the operation defines, its media type one the operation lists, its JSON body valid against the operation's schema;
 * an error (4xx/5xx) is a ProblemDetails in {@code application/problem+json} whose {@code status} is the HTTP
 * status (SOL013 clause 6.4); every answer carries the {@code Version} header (SOL013 clause 4.9). Attributes the
 * schemas do not name are allowed, as in SOL013.
 *
 * <p>The documents live in test resources under {@code sol005/<edition>/}, one per API as ETSI lays them out. An API
 * served at a major version with no documents here (see {@link #EDITIONS}) is not validated. Notifications, which
 * the console sends rather than answers, are checked by {@link #checkNotification} against the document's
 * component of the notification's type.
 */
public final class Sol005Schemas {

    /**
     * Which documents hold the contract of each API root Chainline serves: SOL005 V3.3.1 for the v2 APIs and nsfm's
     * v1, SOL005 V2.6.1 for the v1 APIs that OSM-era clients speak (ADR 0039).
     */
    static final Map<String, String> EDITIONS = Map.of(
            "/api/vnfpkgm/v2", "sol005/3.3.1/VNFPackageManagement.yaml",
            "/api/nsd/v2", "sol005/3.3.1/NSDManagement.yaml",
            "/api/nslcm/v2", "sol005/3.3.1/NSLifecycleManagement.yaml",
            "/api/nsfm/v1", "sol005/3.3.1/NSFaultManagement.yaml",
            "/api/vnfpkgm/v1", "sol005/2.6.1/VNFPackageManagement.yaml",
            "/api/nsd/v1", "sol005/2.6.1/NSDManagement.yaml",
            "/api/nslcm/v1", "sol005/2.6.1/NSLifecycleManagement.yaml");

    /**
     * Chainline's own operations under a SOL005 root, which no ETSI document defines: their successful answers are
     * not validated (their errors still are). Keep this short and say why each is here.
     */
    static final java.util.Set<String> EXTENSIONS = java.util.Set.of(
            // The paths of the files a package holds, as JSON (docs/api.md), for the console's own scripts.
            "GET /api/vnfpkgm/v2/vnf_packages/{vnfPkgId}/artifacts",
            "GET /api/vnfpkgm/v1/vnf_packages/{vnfPkgId}/artifacts");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(),
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private Sol005Schemas() {}

    /** One response as the client saw it. */
    public record Response(
            String method,
            String path,
            int status,
            Optional<String> contentType,
            Optional<String> version,
            String body) {}

    /** As {@link #check(Response)} for an answer of {@link java.net.http.HttpClient}, with its body as text. */
    public static void check(String method, String path, java.net.http.HttpResponse<?> response, String body) {
        check(new Response(
                method,
                path,
                response.statusCode(),
                response.headers().firstValue("Content-Type"),
                response.headers().firstValue("Version"),
                body));
    }

    /**
     * Fails with every rule {@code response} breaks, each with its JSON path; does nothing for a path outside the
     * validated SOL005 APIs.
     */
    public static void check(Response response) {
        List<String> violations = violations(response);
        if (!violations.isEmpty()) {
            throw new AssertionError("The SOL005 response to " + response.method() + " " + response.path() + " ("
                    + response.status() + ") breaks the ETSI schema:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + abbreviated(response.body()));
        }
    }

    /**
     * Fails unless {@code body}, a notification sent for a subscription made under {@code root} (e.g.
     * {@code /api/nslcm/v1}), validates against the component its {@code notificationType} names in that root's
     * document.
     */
    public static void checkNotification(String root, String body) {
        List<String> violations = notificationViolations(root, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The SOL005 notification sent for " + root + " breaks the ETSI schema:\n  "
                    + String.join("\n  ", violations) + "\nbody: " + abbreviated(body));
        }
    }

    /** The rules a notification breaks; a type the root's document does not define is one. */
    public static List<String> notificationViolations(String root, String body) {
        String resource = Optional.ofNullable(EDITIONS.get(root))
                .orElseThrow(() -> new IllegalArgumentException("No SOL005 document for " + root));
        Document document = DOCUMENTS.computeIfAbsent(resource, Document::load);
        List<String> violations = new ArrayList<>();
        parse(body, violations).ifPresent(tree -> {
            String type = tree.path("notificationType").asString("");
            if (document.root().path("components").path("schemas").path(type).isMissingNode()) {
                violations.add("$.notificationType: " + type + " is not a notification of " + resource);
            } else {
                violations.addAll(validate("classpath:" + resource + "#/components/schemas/" + escape(type), tree));
                violations.addAll(validate(
                        document.sibling("SOL005_def.yaml") + "#/components/schemas/NotificationHeader", tree));
            }
        });
        return violations;
    }

    /** The rules {@code response} breaks; empty when it conforms or is not a validated SOL005 answer. */
    public static List<String> violations(Response response) {
        String path = response.path().split("[?#]", 2)[0];
        Optional<Map.Entry<String, String>> root = EDITIONS.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey() + "/"))
                .findFirst();
        if (root.isEmpty()) {
            return List.of();
        }
        Document document = DOCUMENTS.computeIfAbsent(root.get().getValue(), Document::load);
        List<String> violations = new ArrayList<>();
        if (response.version().isEmpty()) {
            violations.add("header Version: missing (SOL013 clause 4.9: every response carries it)");
        }
        String relative = path.substring(root.get().getKey().length());
        if (response.status() >= 400) {
            violations.addAll(document.problem(response));
        } else if (!isExtension(response.method(), root.get().getKey(), relative)) {
            violations.addAll(document.success(relative, response));
        }
        return violations;
    }

    private static boolean isExtension(String method, String root, String relative) {
        return EXTENSIONS.stream()
                .map(e -> e.split(" ", 2))
                .anyMatch(e -> e[0].equalsIgnoreCase(method)
                        && e[1].startsWith(root + "/")
                        && Template.of(e[1].substring(root.length())).matches(relative));
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? String.valueOf(body) : body.substring(0, 2000) + "…";
    }

    /** One ETSI OpenAPI document, with its path templates as patterns. */
    private record Document(String resource, JsonNode root, List<Template> templates) {

        static Document load(String resource) {
            try (InputStream in = Sol005Schemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No SOL005 document " + resource + " on the test classpath");
                }
                JsonNode root = YAML.readTree(in);
                List<Template> templates = new ArrayList<>();
                root.path("paths").propertyNames().forEach(p -> templates.add(Template.of(p)));
                templates.sort(Comparator.comparingInt(Template::parameters)
                        .thenComparing(t -> -t.path().length()));
                return new Document(resource, root, templates);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> problem(Response response) {
            List<String> violations = new ArrayList<>();
            String type = response.contentType().orElse("(none)");
            if (!type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                violations.add("Content-Type: " + type + ", not application/problem+json (SOL013 clause 6.4)");
                return violations;
            }
            Optional<JsonNode> body = parse(response.body(), violations);
            body.ifPresent(b -> {
                violations.addAll(validate(sibling("SOL005_def.yaml") + "#/components/schemas/ProblemDetails", b));
                if (b.path("status").isInt() && b.path("status").asInt() != response.status()) {
                    violations.add("$.status: " + b.path("status").asInt() + " is not the HTTP status "
                            + response.status() + " (SOL013 clause 6.3)");
                }
            });
            return violations;
        }

        List<String> success(String relative, Response response) {
            Optional<Template> template =
                    templates.stream().filter(t -> t.matches(relative)).findFirst();
            if (template.isEmpty()) {
                return List.of("path: no resource " + relative + " in " + resource);
            }
            String method = response.method().toLowerCase(Locale.ROOT);
            JsonNode operation = root.path("paths").path(template.get().path()).path(method);
            if (operation.isMissingNode()) {
                return List.of("method: " + template.get().path() + " has no " + response.method() + " in " + resource);
            }
            JsonNode answer = operation.path("responses").path(String.valueOf(response.status()));
            if (answer.isMissingNode()) {
                return List.of("status: " + response.method() + " "
                        + template.get().path() + " does not answer " + response.status() + " in " + resource);
            }
            return content(template.get(), method, answer, response);
        }

        private List<String> content(Template template, String method, JsonNode answer, Response response) {
            JsonNode content = answer.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return response.status() == 204
                                && response.body() != null
                                && !response.body().isEmpty()
                        ? List.of("body: 204 No Content carries a body")
                        : List.of();
            }
            String type = response.contentType()
                    .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                    .orElse("(none)");
            String declared = content.has(type) ? type : content.has("*/*") ? "*/*" : null;
            if (declared == null) {
                return List.of("Content-Type: " + type + " is not among " + content.propertyNames() + " for "
                        + response.method() + " " + template.path() + " " + response.status());
            }
            if (!content.path(declared).has("schema")) {
                return List.of();
            }
            List<String> violations = new ArrayList<>();
            parse(response.body(), violations)
                    .ifPresent(body -> violations.addAll(validate(
                            "classpath:" + resource + "#/paths/" + escape(template.path()) + "/" + method
                                    + "/responses/" + response.status() + "/content/" + escape(declared) + "/schema",
                            body)));
            return violations;
        }

        private String sibling(String name) {
            return "classpath:" + resource.substring(0, resource.lastIndexOf('/') + 1) + name;
        }
    }

    private static List<String> validate(String location, JsonNode body) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(location));
        return schema.validate(body).stream().map(Sol005Schemas::describe).toList();
    }

    /** The JSON path of the attribute, what is wrong with it, and the schema rule it breaks. */
    private static String describe(Error error) {
        String what = switch (error.getKeyword()) {
            case "required" -> "required attribute '" + error.getProperty() + "' is missing";
            case "enum" -> error.getInstanceNode() + " is not one of " + error.getSchemaNode();
            default -> error.getMessage();
        };
        return jsonPath(String.valueOf(error.getInstanceLocation())) + ": " + what + " [" + error.getKeyword() + " at "
                + error.getSchemaLocation() + "]";
    }

    /** {@code /0/_links} as {@code $[0]._links}. */
    private static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            path.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
        }
        return path.toString();
    }

    private static Optional<JsonNode> parse(String body, List<String> violations) {
        try {
            return Optional.of(JSON.readTree(body == null ? "" : body));
        } catch (JacksonException e) {
            violations.add("body: not JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
    }

    /** JSON Pointer escaping (RFC 6901) of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A path template of a document; a parameter matches one segment, or the rest for {@code {artifactPath}}. */
    private record Template(String path, Pattern pattern, int parameters) {

        static Template of(String path) {
            String regex = Pattern.quote(path)
                    .replaceAll("\\{artifactPath}", "\\\\E.+\\\\Q")
                    .replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            return new Template(path, Pattern.compile(regex), (int)
                    path.chars().filter(c -> c == '{').count());
        }

        boolean matches(String relative) {
            return pattern.matcher(relative).matches();
        }
    }
}
