package io.chainline.tosca.template;

import java.util.Optional;

/**
 * Where a template's files come from: a directory on disk or the entries of a CSAR. Paths are '/'-separated and
 * relative to the source's root; a source never serves anything outside its root.
 */
public interface FileSource {

    Optional<byte[]> read(String path);

    /** For messages: "directory /x" or "package y.csar". */
    String describe();
}
