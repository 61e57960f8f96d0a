package io.chainline.connector.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between the object Chainline wants and the one on the cluster, field by field. Only the fields
 * Chainline sets are compared (the desired object must be contained in the live one): what the API server or
 * controllers add (defaults, status, cluster IPs) is not drift; a replica count someone changed by hand is.
 */
final class Drift {

    private Drift() {}

    /** Each differing field as {@code spec.replicas: cluster has 5, wanted 2}; empty when the live object matches. */
    static List<String> between(HasMetadata desired, HasMetadata live) {
        List<String> differences = new ArrayList<>();
        Map<?, ?> want = tree(desired);
        Map<?, ?> have = tree(live);
        Map<?, ?> wantMeta = (Map<?, ?>) want.get("metadata");
        Map<?, ?> haveMeta = have.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
        // the annotations Chainline sets (a link's subnet, its SR-IOV resource); others' annotations are not drift
        for (String part : List.of("labels", "annotations")) {
            compare("metadata." + part, wantMeta.get(part), haveMeta.get(part), differences);
        }
        for (String part : List.of("spec", "data")) {
            compare(part, want.get(part), have.get(part), differences);
        }
        return differences;
    }

    private static Map<?, ?> tree(HasMetadata object) {
        return Serialization.unmarshal(Serialization.asJson(object), Map.class);
    }

    private static void compare(String path, Object want, Object have, List<String> out) {
        if (want == null) {
            return;
        }
        if (want instanceof Map<?, ?> wantMap) {
            if (!(have instanceof Map<?, ?> haveMap)) {
                out.add(path + ": missing on the cluster");
                return;
            }
            wantMap.forEach((key, value) -> compare(path + "." + key, value, haveMap.get(key), out));
        } else if (want instanceof List<?> wantList) {
            if (!(have instanceof List<?> haveList) || haveList.size() != wantList.size()) {
                out.add(path + ": cluster has " + size(have) + " entries, wanted " + wantList.size());
                return;
            }
            for (int i = 0; i < wantList.size(); i++) {
                compare(path + "[" + i + "]", wantList.get(i), haveList.get(i), out);
            }
        } else if (!sameScalar(want, have)) {
            out.add(path + ": cluster has " + have + ", wanted " + want);
        }
    }

    private static boolean sameScalar(Object want, Object have) {
        if (Objects.equals(String.valueOf(want), String.valueOf(have))) {
            return true;
        }
        if (want instanceof String w && have instanceof String h) {
            try {
                // the API server normalises quantities: 0.5 and 500m are the same CPU
                return Quantity.getAmountInBytes(new Quantity(w)).compareTo(Quantity.getAmountInBytes(new Quantity(h)))
                        == 0;
            } catch (IllegalArgumentException | ArithmeticException e) {
                return false;
            }
        }
        return false;
    }

    private static String size(Object value) {
        return value instanceof List<?> list ? String.valueOf(list.size()) : "no";
    }
}
