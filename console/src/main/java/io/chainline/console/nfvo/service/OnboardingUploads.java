package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.OnboardedResource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload path of an {@link Onboarding}: take the content (a PUT's bytes, or a fetch from {@code upload_from_uri}),
 * check it may be taken (state, If-Match), store it (UPLOADING), then on a worker hand it to the kind's
 * {@code onboard} (PROCESSING) and end ONBOARDED or ERROR with why; and fail what a dead console left half done. The
 * onboarding lease is held while a worker has the upload in hand, so another console recovers it if this one dies.
 */
final class OnboardingUploads<E extends OnboardedResource> {

    /** The category operators already filter onboarding failures by. */
    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Onboarding<E, ?> owner;
    private final Onboarding.Kind kind;
    private final Onboarding.Deps deps;

    OnboardingUploads(Onboarding<E, ?> owner, Onboarding.Kind kind, Onboarding.Deps deps) {
        this.owner = owner;
        this.kind = kind;
        this.deps = deps;
    }

    /** Stores the upload, if the resource's ETag still matches {@code ifMatch}, and starts onboarding it. */
    void upload(UUID id, IfMatch ifMatch, String fileName, byte[] bytes, String actor) {
        if (bytes.length == 0) {
            throw new ChainlineException(
                    kind.prefix() + "-CONTENT-EMPTY", Category.INVALID, "The upload is empty; send the file's bytes.");
        }
        // on a failure the upload is not beaten for, so a half-stored one expires and is recovered
        runReleasingOnFailure(id, () -> {
            deps.tx().executeWithoutResult(s -> {
                store(acceptingContent(id, ifMatch), fileName, bytes, actor);
                deps.lease().take(owner.table(), id);
            });
            deps.tx()
                    .executeWithoutResult(
                            s -> owner.load(id).processing(deps.clock().instant()));
        });
        inHand(id, () -> process(id, fileName, actor));
    }

    /** Runs {@code work} on a worker, beating for {@code id} until it ends however it ends. */
    private void inHand(UUID id, Runnable work) {
        // a pool shutting down refuses it: then another console recovers the upload once the lease expires
        runReleasingOnFailure(
                id,
                () -> deps.executor().execute(() -> {
                    try {
                        work.run();
                    } finally {
                        deps.lease().release(id);
                    }
                }));
    }

    /**
     * SOL005 upload_from_uri: the resource is UPLOADING while a worker fetches the package (202 at once); a fetch that
     * fails ends in ERROR saying why. The credentials are used for this fetch only.
     */
    void uploadFromUri(
            UUID id, IfMatch ifMatch, String address, Optional<PackageFetcher.Credentials> credentials, String actor) {
        java.net.URI uri = PackageFetcher.check(address);
        String fileName = PackageFetcher.fileName(uri);
        runReleasingOnFailure(
                id,
                () -> deps.tx().executeWithoutResult(s -> {
                    acceptingContent(id, ifMatch)
                            .uploading(fileName, 0, null, deps.clock().instant());
                    deps.audit()
                            .record(
                                    actor,
                                    kind.auditArea() + ".fetching",
                                    kind.auditArea(),
                                    id.toString(),
                                    "from " + uri.getScheme() + "://" + uri.getHost() + uri.getPath());
                    deps.lease().take(owner.table(), id);
                }));
        inHand(id, () -> {
            byte[] bytes;
            try {
                bytes = deps.fetcher().fetch(uri, credentials);
            } catch (ChainlineException e) {
                fail(
                        id,
                        FailureDetails.of(422, "Package not fetched", e.code(), e.getMessage(), List.of()),
                        actor,
                        Duration.ZERO);
                return;
            }
            deps.tx().executeWithoutResult(s -> {
                E resource = owner.load(id);
                store(resource, fileName, bytes, actor);
                resource.processing(deps.clock().instant());
            });
            process(id, fileName, actor);
        });
    }

    /**
     * Runs {@code work}, and if it fails gives up a lease it took; a lease held before (a second upload refused while
     * the first is onboarding) stays, so the running onboarding keeps being beaten for.
     */
    private void runReleasingOnFailure(UUID id, Runnable work) {
        boolean heldBefore = deps.lease().holds(id);
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!heldBefore) {
                deps.lease().release(id);
            }
            throw e;
        }
    }

    private E acceptingContent(UUID id, IfMatch ifMatch) {
        E resource = owner.load(id);
        ifMatch.require(() -> owner.etag(resource), kind.prefix(), kind.label());
        if (!resource.getOnboardingState().acceptsContent()) {
            throw new ChainlineException(
                    kind.prefix() + "-STATE-CONFLICT",
                    Category.CONFLICT,
                    "This " + kind.label() + " is " + resource.getOnboardingState()
                            + "; content is uploaded once to a CREATED one (or again after ERROR).");
        }
        return resource;
    }

    private void store(E resource, String fileName, byte[] bytes, String actor) {
        resource.uploading(
                fileName, bytes.length, ContentFacts.sha256(bytes), deps.clock().instant());
        deps.content().put(resource.getId(), bytes);
        deps.audit()
                .record(
                        actor,
                        kind.auditArea() + ".uploaded",
                        kind.auditArea(),
                        resource.getId().toString(),
                        fileName + " (" + bytes.length + " bytes)");
    }

    private void process(UUID id, String fileName, String actor) {
        long started = System.nanoTime();
        byte[] bytes = deps.tx().execute(s -> deps.content().get(id)).orElseThrow();
        Optional<FailureDetails> failure;
        try {
            failure = owner.onboard(id, fileName, bytes, actor);
        } catch (ChainlineException e) {
            failure = Optional.of(FailureDetails.of(
                    ContentFacts.status(e.category()), kind.label() + " refused", e.code(), e.getMessage(), List.of()));
        } catch (RuntimeException e) {
            log.error("Onboarding {} {} failed", kind.label(), id, e);
            failure = Optional.of(FailureDetails.of(
                    500,
                    "Onboarding failed",
                    "ONBOARDING-FAILED",
                    "The console could not onboard this " + kind.label() + " (an internal error, logged); upload it"
                            + " again, and report it if it repeats.",
                    List.of()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        failure.ifPresentOrElse(
                f -> fail(id, f, actor, took), () -> deps.metrics().onboarded(kind.api(), took));
    }

    private void fail(UUID id, FailureDetails failure, String actor, Duration took) {
        deps.tx().executeWithoutResult(s -> {
            E resource = owner.load(id);
            resource.failed(
                    deps.notifications().json().write(failure), deps.clock().instant());
            deps.audit()
                    .record(
                            actor,
                            kind.auditArea() + ".rejected",
                            kind.auditArea(),
                            id.toString(),
                            failure.code() + ": " + failure.detail());
            owner.changed(resource, "ONBOARDING_FAILURE");
        });
        deps.metrics().rejected(kind.api(), failure.code(), took);
    }

    /**
     * Fails uploads a dead console left in UPLOADING or PROCESSING (its lease expired), whatever their age, so their
     * clients see why and upload again. Each is claimed first, so two consoles never both fail one.
     */
    int failInterrupted() {
        int failed = 0;
        for (UUID id : deps.lease().orphans(owner.table())) {
            if (deps.lease().claim(owner.table(), id)) {
                try {
                    fail(
                            id,
                            FailureDetails.of(
                                    503,
                                    "Onboarding interrupted",
                                    "ONBOARDING-INTERRUPTED",
                                    "The console onboarding this " + kind.label()
                                            + " stopped before it finished; upload the content again.",
                                    List.of()),
                            "chainline",
                            Duration.ZERO);
                    failed++;
                } catch (RuntimeException e) {
                    // deleted or finished meanwhile (optimistic lock): nothing left to recover
                    log.info("Onboarding {} {} not failed: {}", kind.label(), id, e.toString());
                }
            }
        }
        return failed;
    }
}
