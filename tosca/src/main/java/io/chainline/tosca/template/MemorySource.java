package io.chainline.tosca.template;

import java.util.Map;
import java.util.Optional;

/** Files held in memory: descriptors the engine has just written, validated before anyone sees them. */
public final class MemorySource implements FileSource {

    private final Map<String, byte[]> files;
    private final String description;

    public MemorySource(Map<String, byte[]> files, String description) {
        this.files = Map.copyOf(files);
        this.description = description;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public String describe() {
        return description;
    }
}
