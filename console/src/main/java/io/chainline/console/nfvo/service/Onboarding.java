package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.OnboardedResource;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SOL005's onboarding, shared by VNF packages and NS descriptors: create the resource, take the upload (UPLOADING),
 * then on a worker thread hand the bytes to the catalog or the chain designer (PROCESSING) and end ONBOARDED, or
 * ERROR with the TOSCA engine's findings. The upload request returns as soon as the bytes are stored (202). Callers
 * get the resource in SOL005's shape ({@code V}), never the entity. The upload path itself (storing, the worker,
 * recovering what a dead console left) is {@link OnboardingUploads}.
 */
public abstract class Onboarding<E extends OnboardedResource, V> {

    /** The column's size (V009). */
    static final int MAX_USER_DATA = 100_000;

    /** What the kind of resource does on its own. */
    record Kind(String prefix, String label, String auditArea, String api) {}

    protected final Deps deps;
    private final Kind kind;
    private final OnboardingUploads<E> uploads;

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
        this.uploads = new OnboardingUploads<>(this, kind, deps);
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
    String etag(E resource) {
        return IfMatch.etag(deps.notifications().json().write(info(resource)));
    }

    /** The entity, for the services of this feature that act on it. */
    E resource(UUID id) {
        return deps.tx().execute(s -> load(id));
    }

    /** Stores the upload and starts onboarding it; returns at once (SOL005: 202 Accepted). */
    public void upload(UUID id, String fileName, byte[] bytes, String actor) {
        uploads.upload(id, IfMatch.ABSENT, fileName, bytes, actor);
    }

    /** As {@link #upload(UUID, String, byte[], String)}, if the resource's ETag still matches {@code ifMatch}. */
    public void upload(UUID id, IfMatch ifMatch, String fileName, byte[] bytes, String actor) {
        uploads.upload(id, ifMatch, fileName, bytes, actor);
    }

    /**
     * SOL005 upload_from_uri: the resource is UPLOADING while a worker fetches the package (202 at once); a fetch that
     * fails ends in ERROR saying why. The credentials are used for this fetch only.
     */
    public void uploadFromUri(
            UUID id, IfMatch ifMatch, String address, Optional<PackageFetcher.Credentials> credentials, String actor) {
        uploads.uploadFromUri(id, ifMatch, address, credentials, actor);
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
     * clients see why and upload again.
     */
    public int failInterrupted() {
        return uploads.failInterrupted();
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
