package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.DescriptorDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared actions bar: which buttons a design shows, under the ids the browser tests find them by. */
class DesignActionsBarTest {

    record Widget(String name, String version, DescriptorState state) {}

    /** Records what the bar asked the design to do. */
    static final class Widgets implements DesignActionsBar.Design<Widget> {
        final List<String> done = new ArrayList<>();
        boolean mayPublish = true;

        @Override
        public String name(Widget summary) {
            return summary.name();
        }

        @Override
        public String version(Widget summary) {
            return summary.version();
        }

        @Override
        public DescriptorState state(Widget summary) {
            return summary.state();
        }

        @Override
        public long save() {
            done.add("save");
            return 7;
        }

        @Override
        public long readVersion() {
            return 6;
        }

        @Override
        public boolean mayPublish() {
            return mayPublish;
        }

        @Override
        public void publish(Widget summary, long version) {
            done.add("publish@" + version);
        }

        @Override
        public UUID newVersion(Widget summary, String version) {
            return UUID.randomUUID();
        }

        @Override
        public UUID cloneAs(Widget summary, String name) {
            return UUID.randomUUID();
        }

        @Override
        public void deprecate(Widget summary, long version) {
            done.add("deprecate@" + version);
        }

        @Override
        public void delete(Widget summary, long version) {
            done.add("delete@" + version);
        }

        @Override
        public List<Widget> otherVersions(Widget summary) {
            return List.of();
        }

        @Override
        public List<DescriptorDiff.Change> diff(Widget from, Widget to) {
            return List.of();
        }

        @Override
        public void reload() {
            done.add("reload");
        }

        @Override
        public void open(UUID id) {}

        @Override
        public void backToList() {}
    }

    private static final DesignActionsBar.Words WORDS =
            new DesignActionsBar.Words("widget", "Version", "Clone as widget", "New widget name", "It goes.");

    private final Widgets widgets = new Widgets();
    private final DesignActionsBar<Widget> bar = new DesignActionsBar<>(WORDS, widgets);

    @Test
    void anOperatorEditingADraftGetsEveryDraftActionButNotDeprecate() {
        HorizontalLayout buttons = bar.buttons(new Widget("gear", "1.0", DescriptorState.DRAFT), true, true);

        assertThat(ids(buttons))
                .containsExactly(
                        "widget-save",
                        "widget-publish",
                        "widget-new-version",
                        "widget-clone",
                        "widget-delete",
                        "widget-compare");
        assertThat(button(buttons, "widget-clone").getText()).isEqualTo("Clone as widget");
    }

    @Test
    void aViewerOfAPublishedVersionOnlyCompares() {
        HorizontalLayout buttons = bar.buttons(new Widget("gear", "1.0", DescriptorState.PUBLISHED), false, false);

        assertThat(ids(buttons)).containsExactly("widget-compare");
    }

    @Test
    void anOperatorDeprecatesAPublishedVersionFromTheVersionItRead() {
        HorizontalLayout buttons = bar.buttons(new Widget("gear", "1.0", DescriptorState.PUBLISHED), true, false);

        UI ui = new UI();
        UI.setCurrent(ui);
        try {
            button(buttons, "widget-deprecate").click();

            // asked first: nothing happens until the operator confirms
            assertThat(widgets.done).isEmpty();
            // an opened dialog joins the UI just before the response; run that step as a request would
            ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            ConfirmDialog asked = ui.getChildren()
                    .filter(ConfirmDialog.class::isInstance)
                    .map(ConfirmDialog.class::cast)
                    .findFirst()
                    .orElseThrow();
            Button ok = (Button) asked.getChildren()
                    .filter(c -> c.getId().equals(java.util.Optional.of("confirm-ok")))
                    .findFirst()
                    .orElseThrow();
            ok.click();
        } finally {
            UI.setCurrent(null);
        }

        assertThat(ids(buttons)).doesNotContain("widget-save", "widget-publish");
        assertThat(widgets.done).containsExactly("deprecate@6", "reload");
    }

    @Test
    void publishSavesFirstAndPublishesTheSavedVersionButNeverWhenItDoesNotApply() {
        HorizontalLayout buttons = bar.buttons(new Widget("gear", "1.0", DescriptorState.DRAFT), true, true);
        Button publish = button(buttons, "widget-publish");

        bar.publishable(false, "Cannot publish yet: no parts");
        assertThat(publish.isEnabled()).isFalse();
        widgets.mayPublish = false;
        publish.click();
        assertThat(widgets.done).isEmpty();

        bar.publishable(true, null);
        widgets.mayPublish = true;
        publish.click();
        assertThat(publish.isEnabled()).isTrue();
        assertThat(widgets.done).containsExactly("save", "publish@7", "reload");
    }

    private static List<String> ids(HorizontalLayout buttons) {
        return buttons.getChildren().map(c -> c.getId().orElse("?")).toList();
    }

    private static Button button(HorizontalLayout buttons, String id) {
        Component found = buttons.getChildren()
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
        return (Button) found;
    }
}
