package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Prometheus Alertmanager posts to a webhook receiver (payload version 4), read strictly enough that a payload
 * Chainline cannot act on is refused naming the JSON path and what to send instead, and loosely enough that fields it
 * does not use (groupKey, receiver, truncatedAlerts…) may change. Only the alerts matter: each is its own scope.
 */
public final class AlertmanagerPayload {

    /** The refusal's code: the receiver's body is not an Alertmanager webhook payload. */
    public static final String INVALID = "ALERTMANAGER-INVALID";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_FINGERPRINT = 100;

    /** One alert as Alertmanager sends it; the labels and annotations sorted, so ids derived of them are stable. */
    public record Alert(
            boolean firing, String fingerprint, Map<String, String> labels, Map<String, String> annotations) {

        public Alert {
            labels = new TreeMap<>(labels);
            annotations = new TreeMap<>(annotations);
        }

        public String alertname() {
            return labels.getOrDefault("alertname", "");
        }
    }

    /** A payload Chainline refuses: a 400 naming the JSON path. */
    public static final class Invalid extends ChainlineException {
        Invalid(String detail, Throwable cause) {
            super(INVALID, Category.INVALID, detail, cause);
        }
    }

    private AlertmanagerPayload() {}

    /** The alerts of a posted body; {@link Invalid} naming the path when it is not a version 4 webhook payload. */
    public static List<Alert> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            throw new Invalid(
                    "The body is not JSON (" + e.getOriginalMessage() + "); point an Alertmanager webhook_configs"
                            + " receiver at this URL, or post its payload (version 4).",
                    e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("$", "is not a JSON object; post Alertmanager's webhook payload (version 4).");
        }
        JsonNode alerts = root.get("alerts");
        if (alerts == null || !alerts.isArray()) {
            throw invalid("$.alerts", "is missing or not an array; Alertmanager sends the group's alerts there.");
        }
        List<Alert> parsed = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            parsed.add(alert(alerts.get(i), "$.alerts[" + i + "]"));
        }
        return parsed;
    }

    private static Alert alert(JsonNode alert, String path) {
        if (!alert.isObject()) {
            throw invalid(path, "is not an object.");
        }
        String status = text(alert, "status");
        if (!status.equals("firing") && !status.equals("resolved")) {
            throw invalid(path + ".status", "must be \"firing\" or \"resolved\".");
        }
        String fingerprint = text(alert, "fingerprint").strip();
        if (fingerprint.isEmpty() || fingerprint.length() > MAX_FINGERPRINT || fingerprint.contains("|")) {
            throw invalid(
                    path + ".fingerprint",
                    "must be the alert's fingerprint (up to " + MAX_FINGERPRINT + " characters, no '|');"
                            + " Alertmanager 0.19 and later send it.");
        }
        return new Alert(
                status.equals("firing"),
                fingerprint,
                strings(alert.get("labels"), path + ".labels"),
                strings(alert.get("annotations"), path + ".annotations"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }

    private static Map<String, String> strings(JsonNode node, String path) {
        Map<String, String> map = new TreeMap<>();
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw invalid(path, "must be an object of names to strings.");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isValueNode()) {
                throw invalid(path + "." + entry.getKey(), "must be a string.");
            }
            map.put(entry.getKey(), entry.getValue().asString());
        }
        return map;
    }

    private static Invalid invalid(String path, String problem) {
        return new Invalid(path + " " + problem, null);
    }
}
