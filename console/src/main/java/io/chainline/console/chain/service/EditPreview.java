package io.chainline.console.chain.service;

import io.chainline.tosca.model.NsDescriptor;
import java.util.List;

/**
 * An edit worked out before it is applied: the model it leaves and everything it takes with it besides the part the
 * user named, in words the confirmation lists ("hop 2 of path main (firewall)"). Empty when nothing else goes.
 */
public record EditPreview(NsDescriptor result, List<String> alsoRemoved) {

    public EditPreview {
        alsoRemoved = List.copyOf(alsoRemoved);
    }

    /** The edit from {@code before} to {@code after}, naming what went except the parts the user named. */
    static EditPreview between(NsDescriptor before, NsDescriptor after, List<String> named) {
        return new EditPreview(
                after,
                Consequences.removed(before, after).stream()
                        .filter(item -> !named.contains(item))
                        .toList());
    }

    public boolean dropsSomething() {
        return !alsoRemoved.isEmpty();
    }
}
