package org.councilworkspace.base.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Drop-down choices that screen readers can name. The stock select's list of options opens as a list box with no
 * name of its own (axe: aria-input-field-name), so a reader hears "list box" without knowing for what; it is given
 * the select's label.
 */
public final class Selects {

    private Selects() {
    }

    /** Names the select's list of options after its label; call after the label is set. */
    public static <T> Select<T> labelled(Select<T> select) {
        String label = select.getLabel();
        if (label != null && !label.isBlank()) {
            select.getElement().getChildren().filter(e -> "vaadin-select-list-box".equals(e.getTag()))
                    .forEach(e -> e.setAttribute("aria-label", label));
        }
        return select;
    }
}
