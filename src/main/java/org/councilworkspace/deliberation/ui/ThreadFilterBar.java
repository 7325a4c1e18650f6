package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.deliberation.ThreadFilter;
import org.councilworkspace.deliberation.ThreadStatus;

/**
 * Which threads the comment list shows: a line saying so, and a button that unfolds the filters. The filters are
 * built the first time it is pressed (most visits never change them, and every open page is held in the server's
 * memory); the chosen filter lives here, so the list reads it whether they were built or not.
 */
class ThreadFilterBar extends Div {

    private final Button toggle = new Button();
    private final Span summary = new Span();
    private final Div slot = new Div();
    private final Runnable changed;
    private ThreadFilters filters;
    private ThreadFilter filter = ThreadFilter.OPEN;

    /** {@code changed} runs after every change of the filter. */
    ThreadFilterBar(Runnable changed) {
        this.changed = changed;
        toggle.setText(getTranslation("deliberation.filter.toggle"));
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.setId("thread-filter-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> toggle());
        summary.setId("thread-filter-summary");
        summary.addClassName("cw-muted");
        summary.getElement().setAttribute("aria-live", "polite");
        showSummary();
        Div bar = new Div(toggle, summary);
        bar.addClassName("cw-comment-filter-bar");
        add(bar, slot);
    }

    ThreadFilter filter() {
        return filter;
    }

    /** Back to open threads, keeping the reader's other choices (which may still hide a new thread). */
    void showOpenThreads() {
        if (filter.status() != ThreadStatus.OPEN) {
            filter = new ThreadFilter(ThreadStatus.OPEN, filter.mine(), filter.mentioningMe(), filter.group());
            if (filters != null) {
                filters.show(filter);
            }
            showSummary();
        }
    }

    private void toggle() {
        if (filters == null) {
            filters = new ThreadFilters(filter, chosen -> {
                filter = chosen;
                showSummary();
                changed.run();
            });
            slot.add(filters);
            // Only now is there an element to point to.
            toggle.getElement().setAttribute("aria-controls", "thread-filters");
            filters.focus();
        } else {
            filters.setVisible(!filters.isVisible());
        }
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(filters.isVisible()));
    }

    private void showSummary() {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("deliberation.filter." + (filter.status() == null ? "ALL" : filter.status().name())));
        if (filter.group() != null) {
            parts.add(Translations.label(filter.group()));
        }
        if (filter.mine()) {
            parts.add(getTranslation("deliberation.filter.mine"));
        }
        if (filter.mentioningMe()) {
            parts.add(getTranslation("deliberation.filter.mentioning-me"));
        }
        summary.setText(getTranslation("deliberation.filter.summary", String.join(" · ", parts)));
    }
}
