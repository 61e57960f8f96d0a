package io.chainline.console.catalog.view;

import com.vaadin.flow.component.html.Span;
import io.chainline.console.catalog.domain.DescriptorState;

/** A descriptor version's state as a Lumo badge: drafts in contrast, published in success, deprecated in error. */
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public final class StateBadge extends Span {

    public StateBadge(DescriptorState state) {
        super(label(state));
        getElement()
                .getThemeList()
                .add("badge "
                        + switch (state) {
                            case DRAFT -> "contrast";
                            case PUBLISHED -> "success";
                            case DEPRECATED -> "error";
                        });
        getElement().setAttribute("data-state", state.name());
    }

    public static String label(DescriptorState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case DEPRECATED -> "Deprecated";
        };
    }
}
