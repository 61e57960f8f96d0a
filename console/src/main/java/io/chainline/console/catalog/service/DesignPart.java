package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One part of a design's first flavour, or one reference between parts: what an edit may remove, and what the designer
 * names before it does. {@link #of} lists every part, so "an edit removes only what it names" can be checked.
 *
 * @param owner the part it belongs to (the VDU of a container, the aspect of a step delta), or empty
 */
public record DesignPart(Kind kind, String owner, String name) {

    public enum Kind {
        VDU,
        CONTAINER,
        VIRTUAL_LINK,
        CONNECTION_POINT,
        /** A connection point's link to a virtual link: owner the CP, name the link. */
        CP_LINK,
        /** A connection point's binding to its VDU: owner the CP, name the VDU. */
        CP_BINDING,
        EXTERNAL_CP,
        EXPOSED,
        SCALING_ASPECT,
        /** An aspect's step deltas for one VDU: owner the aspect, name the VDU. */
        SCALING_DELTA,
        /** A VDU's instances at scale level 0: name the VDU. */
        INITIAL_DELTA,
        INSTANTIATION_LEVEL,
        /** A VDU's instances in a level: owner the level, name the VDU. */
        LEVEL_INSTANCES,
        /** An aspect's scale level in a level: owner the level, name the aspect. */
        LEVEL_SCALE,
        PLACEMENT_RULE,
        /** One target of a placement rule: owner the rule, name the VDU or group. */
        RULE_TARGET
    }

    /** What a person reads in "This also removes:". */
    public String label() {
        return switch (kind) {
            case VDU -> "VDU " + name;
            case CONTAINER -> "container " + name + " of " + owner;
            case VIRTUAL_LINK -> "virtual link " + name;
            case CONNECTION_POINT -> "connection point " + name;
            case CP_LINK -> "the link of connection point " + owner + " to " + name;
            case CP_BINDING -> "the binding of connection point " + owner + " to " + name;
            case EXTERNAL_CP -> "external connection point " + name;
            case EXPOSED -> "exposed requirement " + name;
            case SCALING_ASPECT -> "scaling aspect " + name;
            case SCALING_DELTA -> "the step deltas of " + name + " in scaling aspect " + owner;
            case INITIAL_DELTA -> "the initial instances of " + name;
            case INSTANTIATION_LEVEL -> "instantiation level " + name;
            case LEVEL_INSTANCES -> "the instances of " + name + " in level " + owner;
            case LEVEL_SCALE -> "the scale level of " + name + " in level " + owner;
            case PLACEMENT_RULE -> "placement rule " + name;
            case RULE_TARGET -> name + " as a target of placement rule " + owner;
        };
    }

    public static DesignPart of(Kind kind, String name) {
        return new DesignPart(kind, "", name);
    }

    /** Every part and reference of the descriptor's first flavour. */
    public static Set<DesignPart> of(VnfDescriptor descriptor) {
        Flavour f = FlavourDraft.first(descriptor);
        Set<DesignPart> parts = new LinkedHashSet<>();
        f.vdus().forEach(v -> {
            parts.add(of(Kind.VDU, v.node()));
            if (v instanceof ContainerVdu unit) {
                unit.containers().forEach(c -> parts.add(new DesignPart(Kind.CONTAINER, v.node(), c.node())));
            }
        });
        f.virtualLinks().forEach(l -> parts.add(of(Kind.VIRTUAL_LINK, l.node())));
        f.cps().forEach(cp -> {
            parts.add(of(Kind.CONNECTION_POINT, cp.node()));
            cp.virtualLink().ifPresent(l -> parts.add(new DesignPart(Kind.CP_LINK, cp.node(), l)));
            cp.vdu().ifPresent(v -> parts.add(new DesignPart(Kind.CP_BINDING, cp.node(), v)));
        });
        f.extCps().forEach(e -> parts.add(of(Kind.EXTERNAL_CP, e.node())));
        f.exposed().forEach(e -> parts.add(of(Kind.EXPOSED, e.name())));
        f.scalingAspects().forEach(a -> {
            parts.add(of(Kind.SCALING_ASPECT, a.id()));
            a.vduDeltas().keySet().forEach(v -> parts.add(new DesignPart(Kind.SCALING_DELTA, a.id(), v)));
        });
        f.initialDeltas().keySet().forEach(v -> parts.add(of(Kind.INITIAL_DELTA, v)));
        f.levels().forEach(l -> {
            parts.add(of(Kind.INSTANTIATION_LEVEL, l.id()));
            l.vduInstances().keySet().forEach(v -> parts.add(new DesignPart(Kind.LEVEL_INSTANCES, l.id(), v)));
            l.scaleLevels().keySet().forEach(a -> parts.add(new DesignPart(Kind.LEVEL_SCALE, l.id(), a)));
        });
        f.placementRules().forEach(r -> {
            parts.add(of(Kind.PLACEMENT_RULE, r.name()));
            r.targets().forEach(t -> parts.add(new DesignPart(Kind.RULE_TARGET, r.name(), t)));
        });
        return parts;
    }
}
