package io.chainline.tosca.sol001;

import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Vdu;
import java.util.HashSet;
import java.util.Set;

/** Names the writer makes up: file names from free text, node names that do not clash with the model's own. */
final class Names {

    private Names() {}

    /** Letters, digits, dot, dash and underscore; anything else becomes an underscore. */
    static String safe(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "descriptor" : safe;
    }

    static String unused(String wanted, Flavour flavour) {
        Set<String> taken = new HashSet<>();
        flavour.vdus().stream().map(Vdu::node).forEach(taken::add);
        flavour.vdus().forEach(vdu -> {
            if (vdu instanceof io.chainline.tosca.model.ContainerVdu unit) {
                unit.containers().forEach(c -> taken.add(c.node()));
            }
        });
        flavour.storages().forEach(s -> taken.add(s.node()));
        flavour.cps().forEach(c -> taken.add(c.node()));
        flavour.virtualLinks().forEach(v -> taken.add(v.node()));
        flavour.extCps().forEach(c -> taken.add(c.node()));
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }
}
