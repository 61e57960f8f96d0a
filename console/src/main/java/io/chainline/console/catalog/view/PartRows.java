package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of small editable rows (connection points, virtual links, scaling aspects) with add and remove buttons.
 *
 * @param <R> the row type, which builds its model part
 */
final class PartRows<R extends PartRows.Row> extends VerticalLayout {

    /** A row of fields: laid out side by side, made read-only together. */
    abstract static class Row {
        private final HorizontalLayout layout = new HorizontalLayout();
        private final List<com.vaadin.flow.component.HasValue<?, ?>> fields = new ArrayList<>();

        @SafeVarargs
        final <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValue<?, ?>> void fields(
                F... fields) {
            for (F field : fields) {
                this.fields.add(field);
                layout.add(field);
            }
        }

        HorizontalLayout layout() {
            return layout;
        }

        void setReadOnly(boolean readOnly) {
            fields.forEach(f -> f.setReadOnly(readOnly));
        }
    }

    private final List<R> rows = new ArrayList<>();
    private final Function<String, R> factory;
    private final Runnable changed;
    private final String id;
    private final Button add;
    private boolean readOnly;

    PartRows(String id, String addLabel, Function<String, R> factory, Runnable changed) {
        this.id = id;
        this.factory = factory;
        this.changed = changed;
        setId(id);
        setPadding(false);
        setSpacing(false);
        add = new Button(addLabel, e -> {
            append();
            changed.run();
        });
        add.setId(id + "-add");
        add(add);
    }

    R append() {
        R row = factory.apply(id + "-" + rows.size());
        rows.add(row);
        Button remove = new Button("Remove", e -> {
            rows.remove(row);
            remove(row.layout());
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(!readOnly);
        row.layout().add(remove);
        row.layout().setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setReadOnly(readOnly);
        addComponentAtIndex(rows.size() - 1, row.layout());
        return row;
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.forEach(r -> r.setReadOnly(readOnly));
    }
}
