package io.chainline.connector.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Where an image can run: its platforms intersected with what the VDU allows. */
public final class Platforms {

    private Platforms() {}

    /**
     * The architectures a VDU can run on. An empty set on either side means "no restriction from this side"; both
     * empty means anywhere (an empty result).
     *
     * @throws IllegalArgumentException when the two sides share no architecture, saying which is which
     */
    public static Set<Architecture> runnable(Set<Architecture> imagePlatforms, Set<Architecture> allowed) {
        if (imagePlatforms.isEmpty()) {
            return Set.copyOf(allowed);
        }
        if (allowed.isEmpty()) {
            return Set.copyOf(imagePlatforms);
        }
        Set<Architecture> both = EnumSet.copyOf(imagePlatforms);
        both.retainAll(allowed);
        if (both.isEmpty()) {
            throw new IllegalArgumentException("The image is built for " + names(imagePlatforms)
                    + " but the VDU allows only " + names(allowed)
                    + "; publish the image for one of those, or allow one of its platforms.");
        }
        return Set.copyOf(both);
    }

    public static String names(Set<Architecture> architectures) {
        return architectures.stream()
                .map(Architecture::ociName)
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
    }
}
