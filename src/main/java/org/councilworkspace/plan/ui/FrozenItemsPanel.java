package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.councilworkspace.plan.FrozenItem;

/** What was recorded with a version under one of its sections (its measures), each with its details as frozen. */
public class FrozenItemsPanel extends Div {

    public FrozenItemsPanel(long sectionId, String heading, List<FrozenItem> items) {
        addClassName("cw-frozen-items");
        setId("frozen-items-s" + sectionId);
        UnorderedList list = new UnorderedList();
        for (FrozenItem item : items) {
            Span title = new Span(item.title());
            title.getStyle().set("font-weight", "600");
            UnorderedList details = new UnorderedList();
            item.details().forEach(d -> details.add(new ListItem(d)));
            ListItem entry = new ListItem(title, details);
            entry.getElement().setAttribute("data-key", item.key());
            list.add(entry);
        }
        add(new H3(heading), list);
    }
}
