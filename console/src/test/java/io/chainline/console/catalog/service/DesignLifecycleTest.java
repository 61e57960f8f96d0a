package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.DescriptorState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one design lifecycle on its own: every transition, and every refusal with the design's code. */
class DesignLifecycleTest {

    /** A design's version as simple as it gets: a name, a version string as descriptor, a state and a lock. */
    static final class Version {
        final UUID id = UUID.randomUUID();
        String descriptor;
        DescriptorState state = DescriptorState.DRAFT;
        long lock;
        String updatedBy;

        Version(String descriptor, String actor) {
            this.descriptor = descriptor;
            this.updatedBy = actor;
        }
    }

    record Summary(UUID id, String descriptor, DescriptorState state, long version) {}

    /** Stores in a map and bumps the lock on every save, as JPA's {@code @Version} does. */
    static final class Widgets implements DesignLifecycle.Port<Version, String, Summary> {
        final Map<UUID, Version> stored = new HashMap<>();
        boolean publishable = true;
        boolean used;

        @Override
        public String codePrefix() {
            return "WIDGET";
        }

        @Override
        public String auditArea() {
            return "widget";
        }

        @Override
        public String auditTarget() {
            return "widget-design";
        }

        @Override
        public String notFound(UUID id) {
            return "No widget " + id + ".";
        }

        @Override
        public Optional<Version> find(UUID id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Version save(Version entry) {
            if (stored.containsKey(entry.id)) {
                entry.lock++;
            }
            stored.put(entry.id, entry);
            return entry;
        }

        @Override
        public void delete(Version entry) {
            stored.remove(entry.id);
        }

        @Override
        public UUID id(Version entry) {
            return entry.id;
        }

        @Override
        public long version(Version entry) {
            return entry.lock;
        }

        @Override
        public DescriptorState state(Version entry) {
            return entry.state;
        }

        @Override
        public String label(Version entry) {
            return "widget " + entry.descriptor;
        }

        @Override
        public String changedMeanwhile(Version entry) {
            return label(entry) + " was changed by " + entry.updatedBy + "; reload it.";
        }

        @Override
        public Summary summary(Version entry) {
            return new Summary(entry.id, entry.descriptor, entry.state, entry.lock);
        }

        @Override
        public String descriptor(Version entry) {
            return entry.descriptor;
        }

        @Override
        public Version newDraft(String descriptor, String actor) {
            if (stored.values().stream().anyMatch(v -> v.descriptor.equals(descriptor))) {
                throw new ChainlineException("WIDGET-VERSION-EXISTS", Category.CONFLICT, descriptor + " exists.");
            }
            return new Version(descriptor, actor);
        }

        @Override
        public void describe(Version entry, String descriptor, String actor) {
            entry.descriptor = descriptor;
            entry.updatedBy = actor;
        }

        @Override
        public void requirePublishable(Version entry) {
            if (!publishable) {
                throw new ChainlineException("WIDGET-INVALID", Category.INVALID, "broken");
            }
        }

        @Override
        public void requireDeletable(Version entry) {
            if (used) {
                throw new ChainlineException("WIDGET-IN-USE", Category.CONFLICT, "used");
            }
        }

        @Override
        public String nextVersion(String source, String version) {
            return source.split("@")[0] + "@" + version;
        }

        @Override
        public String copyAs(String source, String name) {
            return name + "@1.0";
        }

        @Override
        public void markPublished(Version entry, String actor) {
            entry.state = DescriptorState.PUBLISHED;
            entry.updatedBy = actor;
        }

        @Override
        public void markDeprecated(Version entry, String actor) {
            entry.state = DescriptorState.DEPRECATED;
            entry.updatedBy = actor;
        }
    }

    private final Widgets widgets = new Widgets();
    private final List<String> audit = new ArrayList<>();
    private final DesignLifecycle<Version, String, Summary> lifecycle = new DesignLifecycle<>(
            widgets, (actor, action, type, id, detail) -> audit.add(actor + " " + action + " " + type + " " + detail));

    @Test
    void aDraftIsCreatedSavedPublishedAndDeprecatedInThatOrderAndEveryStepIsAudited() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        Summary saved = lifecycle.saveDraft(draft.id(), draft.version(), "gear@1.0-rc", "bob");
        Summary published = lifecycle.publish(draft.id(), saved.version(), "alice");
        Summary deprecated = lifecycle.deprecate(draft.id(), published.version(), "carol");

        assertThat(List.of(draft.state(), saved.state(), published.state(), deprecated.state()))
                .containsExactly(
                        DescriptorState.DRAFT,
                        DescriptorState.DRAFT,
                        DescriptorState.PUBLISHED,
                        DescriptorState.DEPRECATED);
        assertThat(deprecated.version()).isEqualTo(3);
        assertThat(audit)
                .containsExactly(
                        "alice widget.created widget-design widget gear@1.0",
                        "bob widget.draft-saved widget-design widget gear@1.0-rc",
                        "alice widget.published widget-design widget gear@1.0-rc",
                        "carol widget.deprecated widget-design widget gear@1.0-rc");
    }

    @Test
    void aChangeFromAStaleReadIsAConflictAndChangesNothing() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        lifecycle.saveDraft(draft.id(), draft.version(), "gear@1.1", "bob");

        assertRefused(() -> lifecycle.saveDraft(draft.id(), draft.version(), "gear@1.2", "carol"), "WIDGET-CONFLICT")
                .hasMessageContaining("changed by bob");
        assertRefused(() -> lifecycle.publish(draft.id(), draft.version(), "carol"), "WIDGET-CONFLICT");
        assertRefused(() -> lifecycle.delete(draft.id(), draft.version(), "carol"), "WIDGET-CONFLICT");
        assertThat(widgets.stored.get(draft.id()).descriptor).isEqualTo("gear@1.1");
    }

    @Test
    void publishedAndDeprecatedVersionsNeverChange() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        Summary published = lifecycle.publish(draft.id(), draft.version(), "alice");

        assertRefused(() -> lifecycle.saveDraft(draft.id(), published.version(), "gear@1.0", "bob"), "WIDGET-IMMUTABLE")
                .hasMessage("widget gear@1.0 is published and never changes; create a new version to edit it.");
        Summary deprecated = lifecycle.deprecate(draft.id(), published.version(), "alice");
        assertRefused(
                        () -> lifecycle.saveDraft(draft.id(), deprecated.version(), "gear@1.0", "bob"),
                        "WIDGET-IMMUTABLE")
                .hasMessageContaining("is deprecated and never changes");
    }

    @Test
    void onlyDraftsPublishAndOnlyPublishedVersionsAreDeprecated() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");

        assertRefused(() -> lifecycle.deprecate(draft.id(), draft.version(), "alice"), "WIDGET-NOT-PUBLISHED");
        Summary published = lifecycle.publish(draft.id(), draft.version(), "alice");
        assertRefused(() -> lifecycle.publish(draft.id(), published.version(), "alice"), "WIDGET-NOT-DRAFT");
        Summary deprecated = lifecycle.deprecate(draft.id(), published.version(), "alice");
        assertRefused(() -> lifecycle.publish(draft.id(), deprecated.version(), "alice"), "WIDGET-NOT-DRAFT");
        assertRefused(() -> lifecycle.deprecate(draft.id(), deprecated.version(), "alice"), "WIDGET-NOT-PUBLISHED");
    }

    @Test
    void aDraftThatFailsItsDesignsCheckIsNotPublished() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        widgets.publishable = false;

        assertRefused(() -> lifecycle.publish(draft.id(), draft.version(), "alice"), "WIDGET-INVALID");
        assertThat(widgets.stored.get(draft.id()).state).isEqualTo(DescriptorState.DRAFT);
        assertThat(audit).noneMatch(line -> line.contains("published"));
    }

    @Test
    void aNewVersionAndACloneStartAsDraftsFromAnyVersionAndSayWhereFrom() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        Summary published = lifecycle.publish(draft.id(), draft.version(), "alice");

        Summary next = lifecycle.newVersion(published.id(), "2.0", "bob");
        Summary copy = lifecycle.copyAs(published.id(), "cog", "bob");

        assertThat(next.descriptor()).isEqualTo("gear@2.0");
        assertThat(copy.descriptor()).isEqualTo("cog@1.0");
        assertThat(List.of(next.state(), copy.state())).containsOnly(DescriptorState.DRAFT);
        assertThat(widgets.stored.get(draft.id()).state).isEqualTo(DescriptorState.PUBLISHED);
        assertThat(audit)
                .contains("bob widget.versioned widget-design from " + draft.id())
                .contains("bob widget.cloned widget-design from " + draft.id());
        assertRefused(() -> lifecycle.newVersion(draft.id(), "2.0", "bob"), "WIDGET-VERSION-EXISTS");
    }

    @Test
    void aVersionInUseIsKeptAndAnUnusedOneIsDeleted() {
        Summary draft = lifecycle.createDraft("gear@1.0", "alice");
        widgets.used = true;

        assertRefused(() -> lifecycle.delete(draft.id(), draft.version(), "alice"), "WIDGET-IN-USE");
        widgets.used = false;
        lifecycle.delete(draft.id(), draft.version(), "alice");

        assertThat(widgets.stored).isEmpty();
        assertThat(audit).last().isEqualTo("alice widget.deleted widget-design widget gear@1.0");
        assertRefused(() -> lifecycle.load(draft.id()), "WIDGET-NOT-FOUND");
        assertRefused(() -> lifecycle.newVersion(draft.id(), "2.0", "bob"), "WIDGET-NOT-FOUND");
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        return assertThatThrownBy(call)
                .isInstanceOf(ChainlineException.class)
                .hasFieldOrPropertyWithValue("code", code);
    }
}
