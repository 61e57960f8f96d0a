package io.chainline.tosca.template;

import io.chainline.tosca.issue.Location;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One entry of a file's {@code imports}, in any of TOSCA's three spellings, with where it was written. */
record ImportReference(String file, Location location, String path) {

    /** Reads {@code imports}; entries that name no file are returned as empty so the caller can report them. */
    static List<Optional<ImportReference>> of(YMap root) {
        List<Optional<ImportReference>> references = new ArrayList<>();
        Optional<YNode> imports = root.get("imports");
        if (imports.isEmpty() || (imports.get() instanceof YScalar s && s.isNull())) {
            return references;
        }
        if (!(imports.get() instanceof YList list)) {
            references.add(Optional.empty());
            return references;
        }
        for (YNode item : list.items()) {
            references.add(reference(item));
        }
        return references;
    }

    private static Optional<ImportReference> reference(YNode item) {
        if (item instanceof YScalar scalar && !scalar.isNull()) {
            return Optional.of(new ImportReference(scalar.text(), scalar.location(), scalar.path()));
        }
        if (item instanceof YMap map) {
            if (map.get("file").isPresent()) {
                return map.text("file").map(f -> new ImportReference(f, map.location(), map.path()));
            }
            if (map.entries().size() == 1) { // TOSCA 1.0: - name: file  or  - name: {file: …}
                return reference(map.entries().values().iterator().next());
            }
        }
        return Optional.empty();
    }
}
