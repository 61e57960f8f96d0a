package io.chainline.console.nfvo.service;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SOL013's {@code {apiRoot}}: the one place that knows where a SOL005 client reaches this console, so that every link
 * and {@code Location} it is given is absolute. The services build their links as paths ({@code /api/nsd/v2/…}); the
 * API's answers and the notifications put this root in front.
 *
 * <p>Why absolute: SOL013's Link type "represents a link to a resource using an absolute URI", its {@code href} "URI
 * of another resource referenced from a resource. Shall be an absolute URI (i.e. a URI that contains {apiRoot})" (the
 * ETSI NFV OpenAPI documents' common {@code Link} definition, as in SOL003/SOL005 v2.7.1 and later), and a SOL005
 * client follows {@code Location} and {@code _links} as given, without resolving them against anything.
 *
 * <ul>
 *   <li>An answer to a request is rooted where that request came in: its scheme, host, port and context path, which
 *       honour {@code X-Forwarded-*} when the operator sets {@code server.forward-headers-strategy} (docs/api.md).
 *   <li>A notification has no request: it is rooted at {@code chainline.api.public-url}; unset, at
 *       {@code http://localhost:<server.port>}, which a subscriber elsewhere cannot follow (said once at WARN).
 * </ul>
 */
@Component
public class ApiRoot {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRoot.class);

    private final String publicUrl;
    private final Environment environment;
    private final AtomicBoolean warned = new AtomicBoolean();

    ApiRoot(@Value("${chainline.api.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = withoutTrailingSlash(publicUrl.strip());
        this.environment = environment;
    }

    /** The root an answer to {@code request} is given links under: {@code https://nfvo.example:8443/console}. */
    public String of(HttpServletRequest request) {
        return withoutTrailingSlash(
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    /** The root of the links a notification carries (there is no request to take it from). */
    public String forNotifications() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        // the port the server really listens on (random in tests), else the configured one
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String derived = "http://localhost:" + port;
        if (warned.compareAndSet(false, true)) {
            LOG.warn(
                    "chainline.api.public-url is not set: SOL005 notifications carry links under {}, which a "
                            + "subscriber's OSS on another host may not reach. Set it to the URL clients use "
                            + "(docs/api.md).",
                    derived);
        }
        return derived;
    }

    /** {@code path} under {@code root} when it is a path ({@code /api/…}); anything else (already absolute) as is. */
    public static String absolute(String root, String path) {
        return path.startsWith("/") && !path.startsWith("//") ? root + path : path;
    }

    /**
     * Roots, in place, every {@code href} of every {@code _links} object in {@code tree} (a resource, a page of them, a
     * notification with nested resources, e.g. an AlarmNotification's alarm).
     */
    public JsonNode rooted(JsonNode tree, String root) {
        if (tree instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (name.equals("_links")) {
                    hrefs(value, root);
                } else {
                    rooted(value, root);
                }
            }
        } else if (tree != null && tree.isArray()) {
            tree.forEach(element -> rooted(element, root));
        }
        return tree;
    }

    /** A notification (as the outbox stores it) with its links rooted at {@link #forNotifications()}. */
    Map<String, Object> rooted(Map<String, Object> notification, Sol005Json json) {
        return json.map(json.write(rooted(json.tree(notification), forNotifications())));
    }

    private static void hrefs(JsonNode links, String root) {
        if (links instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (name.equals("href") && value.isString()) {
                    object.put(name, absolute(root, value.asString()));
                } else {
                    hrefs(value, root);
                }
            }
        } else if (links != null && links.isArray()) {
            links.forEach(element -> hrefs(element, root));
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
