package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.DescriptorState;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The one lifecycle of every design the console keeps (VNFs in the catalog, network services in the chain designer,
 * and the PNF and Helm designs to come): drafts change, published versions never do, deprecated ones are kept for
 * what uses them; a new version or a clone starts as a draft; every change names the version the caller last read,
 * so two people editing one draft get a conflict, never a lost update; every change is audited.
 *
 * <p>Each design provides a {@link Port}: how its versions are stored, named, checked and copied. The refusals carry
 * the design's own code prefix ({@code CATALOG-IMMUTABLE}, {@code CHAIN-CONFLICT}…), so the API's codes stay the
 * feature's. The caller's transaction applies; this class holds no state of its own.
 *
 * @param <E> the stored version (the JPA entity)
 * @param <D> the descriptor a version holds
 * @param <S> the summary callers get back
 */
public final class DesignLifecycle<E, D, S> {

    /** What a design provides to the lifecycle. */
    public interface Port<E, D, S> {

        /** The prefix of the design's problem codes, {@code CATALOG} or {@code CHAIN}. */
        String codePrefix();

        /** The prefix of the design's audit actions ({@code vnf.published}) and its audit target type. */
        String auditArea();

        String auditTarget();

        /** "No catalog version has the id …" */
        String notFound(UUID id);

        Optional<E> find(UUID id);

        /** Saves and flushes, so the optimistic lock and the unique keys answer now, in the caller's words. */
        E save(E entry);

        void delete(E entry);

        UUID id(E entry);

        long version(E entry);

        DescriptorState state(E entry);

        /** How people name the version: "vFirewall 1.0". */
        String label(E entry);

        /** Why a stale change is refused: who changed the version (and when) after the caller read it. */
        String changedMeanwhile(E entry);

        S summary(E entry);

        D descriptor(E entry);

        /** A new draft version holding {@code descriptor}, not yet saved; refuses a version that exists. */
        E newDraft(D descriptor, String actor);

        /** Replaces a draft's descriptor and the columns derived from it; refuses a version that exists. */
        void describe(E entry, D descriptor, String actor);

        /** Refuses, with the design's INVALID code, a version that may not be published. */
        void requirePublishable(E entry);

        /** Refuses, with the design's IN-USE code, a version that something still uses. */
        void requireDeletable(E entry);

        /** The descriptor of a new version of the same design. */
        D nextVersion(D source, String version);

        /** The descriptor of a new design of its own that starts as a copy. */
        D copyAs(D source, String name);

        void markPublished(E entry, String actor);

        void markDeprecated(E entry, String actor);
    }

    /** Where every change is recorded: {@link AuditLog#record} in the console, a list in tests. */
    @FunctionalInterface
    public interface Audit {
        void record(String actor, String action, String targetType, String targetId, String detail);
    }

    private final Port<E, D, S> port;
    private final Audit audit;

    public DesignLifecycle(Port<E, D, S> port, Audit audit) {
        this.port = port;
        this.audit = audit;
    }

    /** The stored version, or the design's NOT-FOUND refusal. */
    public E load(UUID id) {
        return port.find(id)
                .orElseThrow(() -> new ChainlineException(code("NOT-FOUND"), Category.NOT_FOUND, port.notFound(id)));
    }

    /** The stored version, if it is still the one the caller read; the design's CONFLICT refusal otherwise. */
    public E loadForChange(UUID id, long readVersion) {
        E entry = load(id);
        if (port.version(entry) != readVersion) {
            throw new ChainlineException(code("CONFLICT"), Category.CONFLICT, port.changedMeanwhile(entry));
        }
        return entry;
    }

    public S createDraft(D descriptor, String actor) {
        return port.summary(created(descriptor, actor));
    }

    /** Replaces a draft's descriptor; {@code readVersion} is the version the caller's edit started from. */
    public S saveDraft(UUID id, long readVersion, D descriptor, String actor) {
        E entry = loadForChange(id, readVersion);
        if (port.state(entry) != DescriptorState.DRAFT) {
            throw new ChainlineException(
                    code("IMMUTABLE"),
                    Category.CONFLICT,
                    port.label(entry) + " is " + lower(port.state(entry))
                            + " and never changes; create a new version to edit it.");
        }
        port.describe(entry, descriptor, actor);
        E saved = port.save(entry);
        record(actor, "draft-saved", id, port.label(saved));
        return port.summary(saved);
    }

    /** Publishes a draft that passes every check; from then on it never changes. */
    public S publish(UUID id, long readVersion, String actor) {
        E entry = loadForChange(id, readVersion);
        if (port.state(entry) != DescriptorState.DRAFT) {
            throw new ChainlineException(
                    code("NOT-DRAFT"), Category.CONFLICT, port.label(entry) + " is not a draft; only drafts publish.");
        }
        port.requirePublishable(entry);
        port.markPublished(entry, actor);
        record(actor, "published", id, port.label(entry));
        return port.summary(port.save(entry));
    }

    public S deprecate(UUID id, long readVersion, String actor) {
        E entry = loadForChange(id, readVersion);
        if (port.state(entry) != DescriptorState.PUBLISHED) {
            throw new ChainlineException(
                    code("NOT-PUBLISHED"),
                    Category.CONFLICT,
                    port.label(entry) + " is not published; only published versions are deprecated.");
        }
        port.markDeprecated(entry, actor);
        record(actor, "deprecated", id, port.label(entry));
        return port.summary(port.save(entry));
    }

    /** A new draft version of the same design, from any version: how a published design is edited. */
    public S newVersion(UUID id, String version, String actor) {
        E created = created(port.nextVersion(port.descriptor(load(id)), version), actor);
        record(actor, "versioned", port.id(created), "from " + id);
        return port.summary(created);
    }

    /** A new design of its own (new name and ids) that starts as a copy of this version, as a draft. */
    public S copyAs(UUID id, String name, String actor) {
        E created = created(port.copyAs(port.descriptor(load(id)), name), actor);
        record(actor, "cloned", port.id(created), "from " + id);
        return port.summary(created);
    }

    public void delete(UUID id, long readVersion, String actor) {
        E entry = loadForChange(id, readVersion);
        port.requireDeletable(entry);
        port.delete(entry);
        record(actor, "deleted", id, port.label(entry));
    }

    private E created(D descriptor, String actor) {
        E saved = port.save(port.newDraft(descriptor, actor));
        record(actor, "created", port.id(saved), port.label(saved));
        return saved;
    }

    private void record(String actor, String action, UUID id, String detail) {
        audit.record(actor, port.auditArea() + "." + action, port.auditTarget(), id.toString(), detail);
    }

    private String code(String suffix) {
        return port.codePrefix() + "-" + suffix;
    }

    private static String lower(DescriptorState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
