package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Storage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mutable copy of a flavour, used only inside one edit function so each edit reads as "change these lists" rather
 * than as a fifteen-argument constructor call. Every field starts as the flavour had it: what an edit does not touch
 * is kept exactly.
 */
final class FlavourDraft {

    final String id;
    final String description;
    final List<Vdu> vdus;
    final List<Storage> storages;
    final List<VduCp> cps;
    final List<VirtualLink> links;
    final List<ExtCp> extCps;
    final List<ExposedRequirement> exposed;
    final List<ScalingAspect> aspects;
    final Map<String, Integer> initialDeltas;
    final List<InstantiationLevel> levels;
    Optional<String> defaultLevel;
    final Map<String, List<String>> placementGroups;
    final List<PlacementRule> rules;
    final List<String> lcmOperations;

    FlavourDraft(Flavour f) {
        id = f.id();
        description = f.description();
        vdus = new ArrayList<>(f.vdus());
        storages = new ArrayList<>(f.storages());
        cps = new ArrayList<>(f.cps());
        links = new ArrayList<>(f.virtualLinks());
        extCps = new ArrayList<>(f.extCps());
        exposed = new ArrayList<>(f.exposed());
        aspects = new ArrayList<>(f.scalingAspects());
        initialDeltas = new LinkedHashMap<>(f.initialDeltas());
        levels = new ArrayList<>(f.levels());
        defaultLevel = f.defaultLevel();
        placementGroups = new LinkedHashMap<>(f.placementGroups());
        rules = new ArrayList<>(f.placementRules());
        lcmOperations = new ArrayList<>(f.lcmOperations());
    }

    /** The designer edits the first flavour; a descriptor without one gets the default flavour a new design has. */
    static FlavourDraft of(VnfDescriptor descriptor) {
        return new FlavourDraft(first(descriptor));
    }

    static Flavour first(VnfDescriptor descriptor) {
        return descriptor.flavours().isEmpty()
                ? DemoDescriptors.flavour(List.of(), List.of(), List.of())
                : descriptor.flavours().getFirst();
    }

    Flavour build() {
        return new Flavour(
                id,
                description,
                vdus,
                storages,
                cps,
                links,
                extCps,
                exposed,
                aspects,
                initialDeltas,
                levels,
                defaultLevel,
                placementGroups,
                rules,
                lcmOperations);
    }

    /** The descriptor with this flavour in the first place; the other flavours as they were. */
    VnfDescriptor into(VnfDescriptor descriptor) {
        List<Flavour> flavours = new ArrayList<>(descriptor.flavours());
        if (flavours.isEmpty()) {
            flavours.add(build());
        } else {
            flavours.set(0, build());
        }
        return new VnfDescriptor(descriptor.identity(), flavours);
    }

    Optional<Vdu> vdu(String node) {
        return vdus.stream().filter(v -> v.node().equals(node)).findFirst();
    }

    int vduIndex(String node) {
        for (int i = 0; i < vdus.size(); i++) {
            if (vdus.get(i).node().equals(node)) {
                return i;
            }
        }
        return -1;
    }
}
