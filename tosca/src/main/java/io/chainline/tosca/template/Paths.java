package io.chainline.tosca.template;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** '/'-separated paths inside a package. No file system involved, so nothing can leave the package by accident. */
public final class Paths {

    private Paths() {}

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Joins and normalises; empty when '..' would climb above the package root. */
    public static Optional<String> join(String directory, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        String combined = directory.isEmpty() ? relative : directory + "/" + relative;
        for (String part : combined.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
