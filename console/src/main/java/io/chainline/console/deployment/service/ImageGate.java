package io.chainline.console.deployment.service;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Platforms;
import io.chainline.connector.api.Workload;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.ImageService;
import io.chainline.console.catalog.service.registry.CosignVerifier;
import io.chainline.console.catalog.service.registry.ImageReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Nothing runs on a tag: every container image is resolved to a digest through its registry when a deployment is
 * planned, deployed by that digest, and checked again right before a job changes anything: still there, still offering
 * the architecture placement chose, and, when the deployment asks, signed by a key it trusts.
 */
@Component
public class ImageGate {

    /** An image as planned: what the registry said and the reference deployed ({@code repo@sha256:…}). */
    public record Facts(String reference, String digest, Set<Architecture> architectures, String pinned) {
        public Facts {
            architectures = Set.copyOf(architectures);
        }
    }

    /** Why an image blocks a deployment, with the code operators and scripts match on. */
    public record Finding(String reference, String code, String message) {}

    /** The images of a plan: those resolved, and those that could not be. */
    public record Resolution(Map<String, Facts> images, List<Finding> problems) {
        public Resolution {
            images = Map.copyOf(images);
            problems = List.copyOf(problems);
        }
    }

    private final ImageService images;

    ImageGate(ImageService images) {
        this.images = images;
    }

    public Resolution resolve(Collection<String> references) {
        Map<String, Facts> resolved = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        for (String reference : new LinkedHashSet<>(references)) {
            try {
                ImageService.ImageInfo info = images.resolve(reference);
                resolved.put(
                        reference,
                        new Facts(
                                reference,
                                info.digest(),
                                architectures(info.platforms()),
                                pin(reference, info.digest())));
            } catch (ChainlineException e) {
                problems.add(new Finding(reference, e.code(), e.getMessage()));
            }
        }
        return new Resolution(resolved, problems);
    }

    /** The checks a job makes before it changes anything; empty when every image may run. */
    public List<Finding> check(DesiredState desired, DeploymentSettings settings) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            for (Workload workload : unit.unit().workloads()) {
                for (Workload.ContainerSpec container : workload.containers()) {
                    String key = container.image() + " " + workload.architectures();
                    if (seen.add(key)) {
                        check(container.image(), workload, settings).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    private java.util.Optional<Finding> check(String image, Workload workload, DeploymentSettings settings) {
        if (!image.contains("@sha256:")) {
            return java.util.Optional.of(new Finding(
                    image,
                    "IMAGE-NOT-PINNED",
                    image + " is not pinned to a digest; plan the deployment again so every image is."));
        }
        try {
            ImageService.ImageInfo info = images.resolve(image);
            Set<Architecture> offered = architectures(info.platforms());
            Set<Architecture> missing = EnumSet.noneOf(Architecture.class);
            workload.architectures().stream().filter(a -> !offered.contains(a)).forEach(missing::add);
            if (!missing.isEmpty() && !offered.isEmpty()) {
                return java.util.Optional.of(new Finding(
                        image,
                        "IMAGE-ARCHITECTURE-MISSING",
                        workload.name() + " is placed on " + Platforms.names(workload.architectures()) + " nodes but "
                                + image + " offers only " + Platforms.names(offered)
                                + "; publish the image for them or plan again."));
            }
            if (settings.requireSignatures()) {
                CosignVerifier.Verdict verdict = images.verifySignature(image, settings.trustedKeys());
                if (!verdict.verified()) {
                    return java.util.Optional.of(new Finding(image, verdict.code(), verdict.message()));
                }
            }
            return java.util.Optional.empty();
        } catch (ChainlineException e) {
            return java.util.Optional.of(new Finding(image, e.code(), e.getMessage()));
        }
    }

    static String pin(String reference, String digest) {
        ImageReference parsed = ImageReference.parse(reference);
        String registry = parsed.registry().equals(ImageReference.DOCKER_HUB) ? "docker.io" : parsed.registry();
        return registry + "/" + parsed.repository() + "@" + digest;
    }

    private static Set<Architecture> architectures(List<String> platforms) {
        Set<Architecture> set = EnumSet.noneOf(Architecture.class);
        for (String platform : platforms) {
            String[] parts = platform.split("/");
            if (parts.length > 1) {
                Architecture.parse(parts[1]).ifPresent(set::add);
            }
        }
        return set;
    }
}
