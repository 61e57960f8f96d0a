package io.chainline.console.catalog.service.registry;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.OutboundHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCI distribution API, read-only: resolves a reference to its digest and platforms. Speaks anonymous, Basic and
 * Bearer (token service) authentication as the registry's {@code WWW-Authenticate} challenge asks, verifies that the
 * manifest's bytes match the digest the registry claims, and follows a single-platform manifest to its config blob
 * for the architecture.
 */
public class RegistryClient {

    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String ACCEPT = String.join(", ", OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST);
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** Manifests and signature blobs are small; image layers are never read here. */
    private static final OutboundHttp.Limits LIMITS =
            new OutboundHttp.Limits(Duration.ofSeconds(5), Duration.ofSeconds(20), 32L * 1024 * 1024, 5);

    private final OutboundHttp http;
    private final Set<String> plainHttp;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param plainHttp registries (host:port) spoken to over plain HTTP besides loopback ones
     * @param http the console's outbound policy: a loopback or private registry must be allow-listed
     */
    public RegistryClient(Set<String> plainHttp, OutboundHttp http) {
        this.plainHttp = Set.copyOf(plainHttp);
        this.http = http;
    }

    public ResolvedImage resolve(ImageReference image, Optional<RegistryCredentials> credentials) {
        Session session = new Session(image, credentials);
        OutboundHttp.Response manifest = session.get("/manifests/" + image.reference(), ACCEPT);
        String computed = "sha256:" + sha256(manifest.body());
        String claimed = manifest.header("Docker-Content-Digest").orElse(computed);
        if (!claimed.equals(computed)
                || image.digest().filter(d -> !d.equals(computed)).isPresent()) {
            throw new ChainlineException(
                    "IMAGE-DIGEST-MISMATCH",
                    Category.CONFLICT,
                    "The manifest of " + image + " does not hash to the digest "
                            + image.digest().orElse(claimed)
                            + "; the registry or something between it and Chainline altered it. Do not use it.");
        }
        JsonNode root = json.readTree(manifest.body());
        String mediaType = manifest.header("Content-Type")
                .map(t -> t.split(";")[0].trim())
                .orElse(root.path("mediaType").asString(""));
        List<String> platforms = mediaType.equals(OCI_INDEX) || mediaType.equals(DOCKER_LIST) || root.has("manifests")
                ? indexPlatforms(root)
                : List.of(configPlatform(session, root));
        return new ResolvedImage(image.toString(), computed, mediaType, platforms);
    }

    /** A manifest by tag or digest, or empty when the registry has none under that name. */
    public Optional<byte[]> manifest(
            ImageReference image, String reference, Optional<RegistryCredentials> credentials) {
        Session session = new Session(image, credentials);
        try {
            return Optional.of(session.get("/manifests/" + reference, ACCEPT).body());
        } catch (ChainlineException e) {
            if (e.code().equals("IMAGE-NOT-FOUND")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A blob, checked against its digest: what is read is what was signed. */
    public byte[] blob(ImageReference image, String digest, Optional<RegistryCredentials> credentials) {
        byte[] body =
                new Session(image, credentials).get("/blobs/" + digest, "*/*").body();
        if (!digest.equals("sha256:" + sha256(body))) {
            throw new ChainlineException(
                    "IMAGE-DIGEST-MISMATCH",
                    Category.CONFLICT,
                    "The blob " + digest + " of " + image.repository()
                            + " does not hash to its digest; do not use it.");
        }
        return body;
    }

    private static List<String> indexPlatforms(JsonNode index) {
        List<String> platforms = new ArrayList<>();
        for (JsonNode entry : index.path("manifests")) {
            JsonNode platform = entry.path("platform");
            String os = platform.path("os").asString("");
            String arch = platform.path("architecture").asString("");
            if (os.equals("unknown") || arch.equals("unknown") || arch.isEmpty()) {
                continue; // attestation manifests, not runnable images
            }
            String variant = platform.path("variant").asString("");
            String name = os + "/"
                    + io.chainline.connector.api.Architecture.parse(arch)
                            .map(Object::toString)
                            .orElse(arch) + (variant.isEmpty() ? "" : "/" + variant);
            if (!platforms.contains(name)) {
                platforms.add(name);
            }
        }
        return platforms;
    }

    private String configPlatform(Session session, JsonNode manifest) {
        String config = manifest.path("config").path("digest").asString("");
        if (config.isEmpty()) {
            throw new ChainlineException(
                    "IMAGE-MANIFEST-UNREADABLE",
                    Category.INVALID,
                    "The manifest of " + session.image
                            + " names no config blob; it is not an image manifest Chainline can run.");
        }
        JsonNode blob = json.readTree(session.get("/blobs/" + config, "*/*").body());
        String arch = blob.path("architecture").asString("unknown");
        return blob.path("os").asString("linux") + "/"
                + io.chainline.connector.api.Architecture.parse(arch)
                        .map(Object::toString)
                        .orElse(arch);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One conversation with a registry: remembers the authorization the challenge led to. */
    private final class Session {
        private final ImageReference image;
        private final Optional<RegistryCredentials> credentials;
        private Optional<String> authorization = Optional.empty();

        Session(ImageReference image, Optional<RegistryCredentials> credentials) {
            this.image = image;
            this.credentials = credentials;
        }

        OutboundHttp.Response get(String path, String accept) {
            URI uri = URI.create(base() + "/v2/" + image.repository() + path);
            OutboundHttp.Response response = send(uri, accept);
            if (response.status() == 401 && authorization.isEmpty()) {
                authorization = Optional.of(authorize(response));
                response = send(uri, accept);
            }
            return check(response);
        }

        private String base() {
            boolean plain = LOOPBACK.contains(image.registry().replaceAll(":\\d+$", ""))
                    || plainHttp.contains(image.registry());
            return (plain ? "http://" : "https://") + image.registry();
        }

        private OutboundHttp.Response send(URI uri, String accept) {
            OutboundHttp.Request request = OutboundHttp.Request.get(uri).header("Accept", accept);
            if (authorization.isPresent()) {
                request = request.credential("Authorization", authorization.get());
            }
            return exchange(request, "The registry " + image.registry());
        }

        /** Answers the challenge: Basic with the stored credentials, or a token from the named token service. */
        private String authorize(OutboundHttp.Response challenge) {
            String header = challenge.header("WWW-Authenticate").orElse("");
            if (header.regionMatches(true, 0, "Bearer", 0, 6)) {
                return "Bearer " + token(params(header));
            }
            RegistryCredentials given = credentials.orElseThrow(this::authRequired);
            return basic(given);
        }

        private String token(Map<String, String> params) {
            String realm = params.getOrDefault("realm", "");
            if (realm.isEmpty()) {
                throw authRequired();
            }
            StringBuilder url = new StringBuilder(realm).append(realm.contains("?") ? "&" : "?");
            url.append("service=").append(encode(params.getOrDefault("service", "")));
            url.append("&scope=")
                    .append(encode(params.getOrDefault("scope", "repository:" + image.repository() + ":pull")));
            OutboundHttp.Request request = OutboundHttp.Request.get(URI.create(url.toString()));
            if (credentials.isPresent()) {
                request = request.credential("Authorization", basic(credentials.get()));
            }
            OutboundHttp.Response response = exchange(request, "The token service of " + image.registry());
            if (response.status() != 200) {
                throw credentials.isPresent() ? refused() : authRequired();
            }
            JsonNode body = json.readTree(response.body());
            String token = body.path("token").asString(body.path("access_token").asString(""));
            if (token.isEmpty()) {
                throw authRequired();
            }
            return token;
        }

        private OutboundHttp.Response check(OutboundHttp.Response response) {
            int status = response.status();
            if (status == 200) {
                return response;
            }
            if (status == 401 || status == 403) {
                throw credentials.isPresent() ? refused() : authRequired();
            }
            if (status == 404) {
                throw new ChainlineException(
                        "IMAGE-NOT-FOUND",
                        Category.NOT_FOUND,
                        image + " is not in " + image.registry() + "; check the repository and the tag or digest.");
            }
            throw new ChainlineException(
                    "REGISTRY-ERROR",
                    Category.CONFLICT,
                    image.registry() + " answered " + status + " for " + image + "; try again later.");
        }

        /** Through the outbound policy: a refusal says so, any failure to connect is one answer. */
        private OutboundHttp.Response exchange(OutboundHttp.Request request, String who) {
            try {
                return http.send(request, LIMITS);
            } catch (ChainlineException e) {
                if (e.code().equals("OUTBOUND-FAILED")) {
                    throw new ChainlineException(
                            "REGISTRY-UNREACHABLE",
                            Category.CONFLICT,
                            who + " cannot be reached; check its address and that Chainline's network reaches it.",
                            e);
                }
                throw new ChainlineException(e.code(), e.category(), who + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new ChainlineException(
                        "REGISTRY-UNREACHABLE", Category.CONFLICT, who + " has an address Chainline cannot read.", e);
            }
        }

        private ChainlineException authRequired() {
            return new ChainlineException(
                    "REGISTRY-AUTH-REQUIRED",
                    Category.FORBIDDEN,
                    image.registry() + " requires credentials; an administrator adds them under Catalog → Registries.");
        }

        private ChainlineException refused() {
            return new ChainlineException(
                    "REGISTRY-AUTH-REFUSED",
                    Category.FORBIDDEN,
                    image.registry() + " refused the stored credentials for " + image.repository()
                            + "; an administrator updates them under Catalog → Registries.");
        }
    }

    private static String basic(RegistryCredentials c) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((c.username() + ":" + c.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(String header) {
        Map<String, String> params = new java.util.HashMap<>();
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            params.put(m.group(1), m.group(2));
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
