package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.deliberation.ThreadFilter;
import org.councilworkspace.deliberation.ThreadStatus;

/**
 * The comment list's filters: status, the stakeholder group that started a thread, mine, mentioning me. Every change
 * hands the whole filter on. Combo boxes, not selects: a select makes a server-side component of every option.
 */
class ThreadFilters extends Div {

    private static final String ALL = "ALL";

    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<StakeholderGroup> group = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox mentioningMe = new Checkbox();
    private boolean showing;

    ThreadFilters(ThreadFilter initial, Consumer<ThreadFilter> changed) {
        setId("thread-filters");
        addClassName("cw-comment-filters");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("deliberation.filter.toggle"));
        status.setLabel(getTranslation("deliberation.filter.show"));
        status.setItems(ThreadStatus.OPEN.name(), ThreadStatus.RESOLVED.name(), ALL);
        status.setItemLabelGenerator(s -> getTranslation("deliberation.filter." + s));
        status.setAllowCustomValue(false);
        status.setId("thread-status-filter");
        group.setLabel(getTranslation("deliberation.filter.group"));
        group.setItems(Arrays.asList(StakeholderGroup.values()));
        group.setClearButtonVisible(true);
        group.setPlaceholder(getTranslation("deliberation.filter.any-group"));
        group.setItemLabelGenerator(Translations::label);
        group.setId("thread-group-filter");
        mine.setLabel(getTranslation("deliberation.filter.mine"));
        mine.setId("thread-mine-filter");
        mentioningMe.setLabel(getTranslation("deliberation.filter.mentioning-me"));
        mentioningMe.setId("thread-mentioning-filter");
        show(initial);
        status.addValueChangeListener(e -> report(changed));
        group.addValueChangeListener(e -> report(changed));
        mine.addValueChangeListener(e -> report(changed));
        mentioningMe.addValueChangeListener(e -> report(changed));
        add(status, group, mine, mentioningMe);
    }

    /** Shows this filter without reporting it as a change. */
    void show(ThreadFilter filter) {
        showing = true;
        try {
            status.setValue(filter.status() == null ? ALL : filter.status().name());
            group.setValue(filter.group());
            mine.setValue(filter.mine());
            mentioningMe.setValue(filter.mentioningMe());
        } finally {
            showing = false;
        }
    }

    void focus() {
        status.focus();
    }

    private void report(Consumer<ThreadFilter> changed) {
        if (showing) {
            return;
        }
        String s = status.getValue();
        if (s == null) {
            // A cleared status box means no status filter: it says so, as the summary does.
            showing = true;
            try {
                status.setValue(ALL);
            } finally {
                showing = false;
            }
            s = ALL;
        }
        ThreadStatus chosen = s.equals(ALL) ? null : ThreadStatus.valueOf(s);
        changed.accept(new ThreadFilter(chosen, mine.getValue(), mentioningMe.getValue(), group.getValue()));
    }
}
