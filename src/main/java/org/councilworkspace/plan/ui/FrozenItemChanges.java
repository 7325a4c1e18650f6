package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.plan.FrozenItemChange;
import org.councilworkspace.plan.RecordChanges;

/**
 * The recorded items (measures) added, removed or changed between two versions, as a plain list: each changed one
 * with the lines the earlier version had (−) and those the later one has instead (+). Plans that record none show
 * nothing here.
 */
public class FrozenItemChanges extends Div {

    public FrozenItemChanges(List<RecordChanges> all) {
        setId("record-changes");
        for (RecordChanges group : all) {
            if (!group.recorded()) {
                continue;
            }
            add(new H2(group.heading()));
            if (group.changes().isEmpty()) {
                add(new Paragraph(getTranslation("diff.no-changes")));
                continue;
            }
            UnorderedList list = new UnorderedList();
            for (FrozenItemChange c : group.changes()) {
                Span kind = new Span(Translations.label(c.kind()));
                kind.getElement().getThemeList().add("badge");
                ListItem entry = new ListItem(kind, new Span(" " + c.title()));
                if (c.kind() == FrozenItemChange.Kind.CHANGED) {
                    UnorderedList lines = new UnorderedList();
                    c.removedLines().forEach(l -> lines.add(line("− ", l, "cw-removed")));
                    c.addedLines().forEach(l -> lines.add(line("+ ", l, "cw-added")));
                    entry.add(lines);
                }
                list.add(entry);
            }
            add(list);
        }
    }

    private static ListItem line(String sign, String text, String className) {
        ListItem item = new ListItem(sign + text);
        item.addClassName(className);
        return item;
    }
}
