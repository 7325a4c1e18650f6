package org.councilworkspace.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;

/**
 * "What needs you": the signed-in person's open tasks from every feature, under the name of the council each belongs
 * to, each a link to the page where it is done, saying how many things wait there. Says so when nothing does.
 */
class WhatNeedsMe extends Section {

    WhatNeedsMe(List<OpenTasks> contributors) {
        setId("what-needs-me");
        addClassName("cw-tasks");
        getElement().setAttribute("aria-labelledby", "what-needs-me-title");
        H2 title = new H2(getTranslation("tasks.title"));
        title.setId("what-needs-me-title");
        add(title);
        List<OpenTask> tasks = new ArrayList<>();
        contributors.forEach(c -> tasks.addAll(c.openTasks()));
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("tasks.none"));
            none.setId("what-needs-me-empty");
            none.addClassName("cw-muted");
            add(none);
            return;
        }
        Map<String, List<OpenTask>> byCouncil = new LinkedHashMap<>();
        tasks.stream().sorted(java.util.Comparator.comparing(OpenTask::councilName))
                .forEach(t -> byCouncil.computeIfAbsent(t.councilName(), c -> new ArrayList<>()).add(t));
        byCouncil.forEach((council, ofCouncil) -> {
            UnorderedList list = new UnorderedList();
            ofCouncil.forEach(t -> list.add(item(t)));
            add(new H3(council), list);
        });
    }

    /** The count is in the link's words ("3 open comment threads on …"), so it is read out with what it counts. */
    private ListItem item(OpenTask task) {
        Anchor link = new Anchor(task.path(), getTranslation(task.labelKey(), task.labelArgs()));
        link.getElement().setAttribute("data-kind", task.kind());
        link.addClassName("cw-task");
        return new ListItem(link);
    }
}
