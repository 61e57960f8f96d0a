package io.chainline.tosca.template;

import io.chainline.tosca.types.TypeRegistry;
import java.util.List;

/**
 * A template with everything it imports: the entry file, every file read (imports and bundled types, in the order
 * their types were registered), and the resulting type registry.
 */
public record LoadedTemplate(SourceFile entry, List<SourceFile> files, TypeRegistry types) {

    public LoadedTemplate {
        files = List.copyOf(files);
    }
}
