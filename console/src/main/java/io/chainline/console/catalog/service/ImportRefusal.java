package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineException;
import java.util.Set;

/**
 * The catalog's refusal of an import that the engine accepted (its version or descriptor id is taken), located in the
 * imported file as the engine's findings are: the file (inside a package, the entry that says it), line and YAML path.
 *
 * @see IdentityLocator
 */
public class ImportRefusal extends ChainlineException {

    /** The catalog's refusals of an accepted descriptor for an identity it has already. */
    public static final Set<String> COLLISIONS = Set.of("CATALOG-VERSION-EXISTS", "CATALOG-PNFD-EXISTS");

    private final transient IdentityLocator.Located where;

    ImportRefusal(ChainlineException refusal, IdentityLocator.Located where) {
        super(refusal.code(), refusal.category(), refusal.getMessage(), refusal);
        this.where = where;
    }

    public String file() {
        return where.file();
    }

    /** 1-based; 0 when the line was not found. */
    public int line() {
        return where.line();
    }

    /** The YAML path, e.g. {@code topology_template.node_templates.edge.properties.descriptor_id}; may be empty. */
    public String path() {
        return where.path();
    }
}
