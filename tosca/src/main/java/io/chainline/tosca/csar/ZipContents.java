package io.chainline.tosca.csar;

import io.chainline.tosca.template.FileSource;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The files of a package, read safely into memory, by '/'-separated path. */
public final class ZipContents implements FileSource {

    private final String name;
    private final Map<String, byte[]> files;

    ZipContents(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public String describe() {
        return "package " + name;
    }

    public Map<String, byte[]> files() {
        return files;
    }
}
