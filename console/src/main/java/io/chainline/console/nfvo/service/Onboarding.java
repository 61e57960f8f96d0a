package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.OnboardedResource;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SOL005's onboarding, shared by VNF packages and NS descriptors: create the resource, take the upload (UPLOADING),
 * then on a worker thread hand the bytes to the catalog or the chain designer (PROCESSING) and end ONBOARDED, or
 * ERROR with the TOSCA engine's findings. The upload request returns as soon as the bytes are stored (202). Callers
 * get the resource in SOL005's shape ({@code V}), never the entity.
 */
public abstract class Onboarding<E extends OnboardedResource, V> {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    /** The column's size (V009). */
    static final int MAX_USER_DATA = 100_000;

    /** What the kind of resource does on its own. */
    record Kind(String prefix, String label, String auditArea, String api) {}

    protected final Deps deps;
    private final Kind kind;

    /** What every onboarding needs; one bean, so the two services' constructors stay short. */
    record Deps(
            ContentStore content,
            PackageFetcher fetcher,
            AuditLog audit,
            Notifications notifications,
            OnboardingMetrics metrics,
            Executor executor,
            TransactionTemplate tx,
            Clock clock,
            OnboardingLease lease,
            KeysetPages pages) {}

    protected Onboarding(Kind kind, Deps deps) {
        this.kind = kind;
        this.deps = deps;
    }

    protected abstract JpaRepository<E, UUID> repository();

    /** The resource's table, for the onboarding lease's SQL. */
    protected abstract String table();

    protected abstract E newResource(UUID id, String userDefinedJson, String actor);

    /** Hands the bytes to the catalog or chain designer and marks {@code resource} onboarded, or says why not. */
    protected abstract Optional<FailureDetails> onboard(UUID id, String fileName, byte[] bytes, String actor);

    protected abstract boolean inUse(E resource);

    /** Removes what onboarding created elsewhere (the catalog or chain version). */
    protected abstract void forget(E resource, String actor);

    /** A change notification for {@code resource}, in the caller's transaction. */
    protected abstract void changed(E resource, String changeType);

    /** The resource in SOL005's shape (VnfPkgInfo, NsdInfo), read in the caller's transaction. */
    protected abstract V info(E resource);

    public V create(Map<String, Object> userDefinedData, String actor) {
        String userDefinedJson =
                deps.notifications().json().write(userDefinedData == null ? Map.of() : userDefinedData);
        requireSize(userDefinedJson);
        return deps.tx().execute(s -> {
            E created = repository().save(newResource(UUID.randomUUID(), userDefinedJson, actor));
            deps.audit()
                    .record(
                            actor,
                            kind.auditArea() + ".created",
                            kind.auditArea(),
                            created.getId().toString(),
                            "");
            return info(created);
        });
    }

    /** Every resource, oldest first. */
    public List<V> all() {
        return deps.tx()
                .execute(s -> repository().findAll().stream()
                        .sorted(Comparator.comparing(OnboardedResource::getCreatedAt))
                        .map(this::info)
                        .toList());
    }

    /**
     * One page of the collection (ADR 0044): one query for the rows and one per attribute the rows do not hold
     * (usage), however many rows the page has.
     */
    public List<KeysetPages.Keyed<V>> page(KeysetPages.Request request) {
        return deps.tx().execute(s -> {
            List<E> rows = deps.pages().rows(entity(), columns(), request, null);
            List<V> infos = infos(rows);
            List<KeysetPages.Keyed<V>> page = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                E row = rows.get(i);
                page.add(new KeysetPages.Keyed<>(new KeysetPages.Key(row.getCreatedAt(), row.getId()), infos.get(i)));
            }
            return page;
        });
    }

    /** The entity class, for the page's query. */
    protected abstract Class<E> entity();

    /** The SOL013 attributes of {@code V} that columns of {@code E} hold, which a page's query filters by. */
    protected abstract Map<String, KeysetPages.Column> columns();

    /** The rows in SOL005's shape, in their order, with what they do not hold read for all of them at once. */
    protected abstract List<V> infos(List<E> rows);

    public V get(UUID id) {
        return deps.tx().execute(s -> info(load(id)));
    }

    /** The resource with its ETag (a GET's answer). */
    public Tagged<V> tagged(UUID id) {
        return deps.tx().execute(s -> {
            V info = info(load(id));
            return new Tagged<>(info, IfMatch.etag(deps.notifications().json().write(info)));
        });
    }

    /** The resource's current ETag; in the caller's transaction, so a check and the change see the same row. */
    private String etag(E resource) {
        return IfMatch.etag(deps.notifications().json().write(info(resource)));
    }

    /** The entity, for the services of this feature that act on it. */
    E resource(UUID id) {
        return deps.tx().execute(s -> load(id));
    }

    /** Stores the upload and starts onboarding it; returns at once (SOL005: 202 Accepted). */
    public void upload(UUID id, String fileName, byte[] bytes, String actor) {
        upload(id, IfMatch.ABSENT, fileName, bytes, actor);
    }

    /** As {@link #upload(UUID, String, byte[], String)}, if the resource's ETag still matches {@code ifMatch}. */
    public void upload(UUID id, IfMatch ifMatch, String fileName, byte[] bytes, String actor) {
        if (bytes.length == 0) {
            throw new ChainlineException(
                    kind.prefix() + "-CONTENT-EMPTY", Category.INVALID, "The upload is empty; send the file's bytes.");
        }
        // on a failure the upload is not beaten for, so a half-stored one expires and is recovered
        runReleasingOnFailure(id, () -> {
            deps.tx().executeWithoutResult(s -> {
                store(acceptingContent(id, ifMatch), fileName, bytes, actor);
                deps.lease().take(table(), id);
            });
            deps.tx().executeWithoutResult(s -> load(id).processing(deps.clock().instant()));
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
    public void uploadFromUri(
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
                    deps.lease().take(table(), id);
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
                E resource = load(id);
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
        E resource = load(id);
        ifMatch.require(() -> etag(resource), kind.prefix(), kind.label());
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
            failure = onboard(id, fileName, bytes, actor);
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
            E resource = load(id);
            resource.failed(
                    deps.notifications().json().write(failure), deps.clock().instant());
            deps.audit()
                    .record(
                            actor,
                            kind.auditArea() + ".rejected",
                            kind.auditArea(),
                            id.toString(),
                            failure.code() + ": " + failure.detail());
            changed(resource, "ONBOARDING_FAILURE");
        });
        deps.metrics().rejected(kind.api(), failure.code(), took);
    }

    /**
     * SOL005 PATCH: the operational state, and the user's own data merged as a JSON merge patch (a key set to null is
     * removed), read and written in one transaction.
     */
    public void modify(UUID id, Optional<OperationalState> state, Optional<Map<String, Object>> patch, String actor) {
        modify(id, IfMatch.ABSENT, state, patch, actor);
    }

    /**
     * As {@link #modify(UUID, Optional, Optional, String)}, if the resource's ETag still matches {@code ifMatch}.
     *
     * @return the resource's ETag after the change
     */
    public String modify(
            UUID id,
            IfMatch ifMatch,
            Optional<OperationalState> state,
            Optional<Map<String, Object>> patch,
            String actor) {
        return deps.tx().execute(s -> {
            E resource = load(id);
            ifMatch.require(() -> etag(resource), kind.prefix(), kind.label());
            Optional<String> userDefinedJson = patch.map(p -> deps.notifications()
                    .json()
                    .write(Sol005Json.mergePatch(deps.notifications().json().map(resource.getUserDefinedJson()), p)));
            userDefinedJson.ifPresent(this::requireSize);
            state.ifPresent(wanted -> OperationalStateRules.requireChange(kind, resource, wanted));
            resource.modify(state, userDefinedJson, deps.clock().instant());
            deps.audit()
                    .record(
                            actor,
                            kind.auditArea() + ".modified",
                            kind.auditArea(),
                            id.toString(),
                            state.map(o -> "operational state " + o).orElse("user-defined data"));
            if (state.isPresent()) {
                changed(resource, "OP_STATE_CHANGE");
            }
            repository().flush(); // the version and timestamps the new ETag covers
            return etag(resource);
        });
    }

    /** SOL005: an onboarded resource goes only when DISABLED and not in use; one that never onboarded, any time. */
    public void delete(UUID id, String actor) {
        delete(id, IfMatch.ABSENT, actor);
    }

    /** As {@link #delete(UUID, String)}, if the resource's ETag still matches {@code ifMatch}. */
    public void delete(UUID id, IfMatch ifMatch, String actor) {
        deps.tx().executeWithoutResult(s -> {
            E resource = load(id);
            ifMatch.require(() -> etag(resource), kind.prefix(), kind.label());
            OnboardingState state = resource.getOnboardingState();
            if (state == OnboardingState.UPLOADING || state == OnboardingState.PROCESSING) {
                throw new ChainlineException(
                        kind.prefix() + "-STATE-CONFLICT",
                        Category.CONFLICT,
                        "This " + kind.label() + " is being onboarded; delete it once it is ONBOARDED or ERROR.");
            }
            if (state == OnboardingState.ONBOARDED) {
                if (resource.getOperationalState() == OperationalState.ENABLED) {
                    throw new ChainlineException(
                            kind.prefix() + "-ENABLED",
                            Category.CONFLICT,
                            "This " + kind.label() + " is ENABLED; disable it first (PATCH operationalState"
                                    + " DISABLED).");
                }
                if (inUse(resource)) {
                    throw new ChainlineException(
                            kind.prefix() + "-IN-USE",
                            Category.CONFLICT,
                            "This " + kind.label() + " is IN_USE; remove what uses it first.");
                }
                forget(resource, actor);
            }
            changed(resource, "PKG_DELETE");
            deps.content().delete(id);
            repository().delete(resource);
            deps.audit().record(actor, kind.auditArea() + ".deleted", kind.auditArea(), id.toString(), "");
        });
    }

    public byte[] content(UUID id) {
        return deps.tx().execute(s -> {
            E resource = load(id);
            if (resource.getOnboardingState() != OnboardingState.ONBOARDED) {
                throw new ChainlineException(
                        kind.prefix() + "-NOT-ONBOARDED",
                        Category.CONFLICT,
                        "This " + kind.label() + " is " + resource.getOnboardingState()
                                + "; its content is served once it is ONBOARDED.");
            }
            return deps.content().get(id).orElseThrow();
        });
    }

    /**
     * Fails uploads a dead console left in UPLOADING or PROCESSING (its lease expired), whatever their age, so their
     * clients see why and upload again. Each is claimed first, so two consoles never both fail one.
     */
    public int failInterrupted() {
        int failed = 0;
        for (UUID id : deps.lease().orphans(table())) {
            if (deps.lease().claim(table(), id)) {
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

    private void requireSize(String userDefinedJson) {
        if (userDefinedJson.length() > MAX_USER_DATA) {
            throw new ChainlineException(
                    kind.prefix() + "-USER-DATA-TOO-LARGE",
                    Category.INVALID,
                    "userDefinedData takes at most " + MAX_USER_DATA + " characters of JSON; keep documents elsewhere"
                            + " and link to them.");
        }
    }

    protected E load(UUID id) {
        return repository()
                .findById(id)
                .orElseThrow(() -> new ChainlineException(
                        kind.prefix() + "-NOT-FOUND",
                        Category.NOT_FOUND,
                        "No " + kind.label() + " has the id " + id + "."));
    }
}
