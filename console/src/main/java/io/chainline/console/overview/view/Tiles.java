package io.chainline.console.overview.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.base.domain.Fault.Severity;
import java.util.Locale;

/** The wall screen's building blocks: tiles, big counts, severity chips, and an empty state that says so. */
final class Tiles {

    private Tiles() {}

    /** A tile titled {@code title}, whose title links to the full page. */
    static Div tile(String id, String title, String href) {
        Div tile = new Div();
        tile.setId(id);
        tile.addClassName("noc-tile");
        tile.addClassName(id);
        Anchor heading = new Anchor(href, title);
        heading.setId(id + "-link");
        tile.add(new H2(heading));
        return tile;
    }

    /** A large number with its label under it, linking to the page that lists what it counts. */
    static Anchor count(String id, long value, String label, String href, String style) {
        Anchor count = new Anchor(href);
        count.setId(id);
        count.addClassNames("noc-count", style);
        if (value == 0) {
            count.addClassName("zero");
        }
        Span number = new Span(Long.toString(value));
        number.addClassName("noc-count-value");
        Span caption = new Span(label);
        caption.addClassName("noc-count-label");
        count.add(number, caption);
        return count;
    }

    static Span severity(Severity severity) {
        Span chip = new Span(severity.label());
        chip.addClassNames("noc-sev", style(severity));
        return chip;
    }

    /** The CSS class of a severity's colour: CRITICAL red, MAJOR orange, MINOR yellow, WARNING blue. */
    static String style(Severity severity) {
        return "sev-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /** What an empty tile says, rather than an empty box. */
    static Div empty(String id, String text) {
        Div empty = new Div(new Span(text));
        empty.setId(id);
        empty.addClassName("noc-empty");
        return empty;
    }

    /** A row of a tile's list. */
    static Div row(String id, Component... parts) {
        Div row = new Div(parts);
        row.setId(id);
        row.addClassName("noc-row");
        return row;
    }

    static Span text(String text, String style) {
        Span span = new Span(text);
        span.addClassNames(style.split(" "));
        return span;
    }

    /** "and 12 more" under a list cut to what fits, linking to the whole list. */
    static Anchor more(String id, int more, String href) {
        Anchor link = new Anchor(href, "and " + more + " more");
        link.setId(id);
        link.addClassName("noc-more");
        return link;
    }
}
