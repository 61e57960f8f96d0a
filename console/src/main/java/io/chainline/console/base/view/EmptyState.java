package io.chainline.console.base.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What an area shows while it holds nothing yet: what it is for and what will appear here, never "TODO". */
public class EmptyState extends Div {

    public EmptyState(String heading, String purpose, List<String> whatWillBeHere) {
        addClassName("chainline-empty-state");
        setId("empty-state");
        add(new H2(heading), new Paragraph(purpose));
        UnorderedList list = new UnorderedList();
        whatWillBeHere.forEach(item -> list.add(new ListItem(item)));
        add(list);
    }
}
