package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.implementation.Goal;

/**
 * The goals a measure or a section is aligned with, each as its code and title in the reader's language; for those
 * who may change it, a choice over every goal and target of the plan's frameworks (typing filters the codes and
 * titles) and a button to remove each. {@code prefix} keeps the ids of a measure's and a section's editor apart.
 */
class AlignmentEditor extends VerticalLayout {

    /** What the editor asks of its host: align, remove, and show the result. */
    record Actions(Consumer<Goal> align, Consumer<Goal> remove, Runnable changed) {
    }

    AlignmentEditor(String prefix, List<Goal> aligned, List<Goal> choices, Actions actions) {
        setPadding(false);
        setSpacing(false);
        setId(prefix + "-alignment");
        Locale locale = getLocale();
        add(new H2(getTranslation("implementation.alignment.heading")));
        UnorderedList list = new UnorderedList();
        list.setId(prefix + "-goals");
        for (Goal goal : aligned) {
            ListItem item = new ListItem(new Span(goal.label(locale)));
            item.setId(prefix + "-goal-" + goal.code());
            if (actions != null) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    if (new FieldErrors().run(() -> actions.remove().accept(goal))) {
                        Notifications.success(getTranslation("implementation.alignment.removed", goal.code()));
                        actions.changed().run();
                    }
                });
                remove.setId(prefix + "-unalign-" + goal.code());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("implementation.alignment.remove", goal.code()));
                item.add(remove);
            }
            list.add(item);
        }
        add(aligned.isEmpty() ? new Paragraph(getTranslation("implementation.alignment.none")) : list);
        if (actions == null) {
            return;
        }
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("implementation.alignment.no-frameworks")));
            return;
        }
        ComboBox<Goal> choice = new ComboBox<>(getTranslation("implementation.alignment.goal"));
        choice.setId(prefix + "-goal-choice");
        choice.setItems(choices.stream().filter(g -> !aligned.contains(g)).toList());
        choice.setItemLabelGenerator(g -> g.label(locale));
        choice.setClearButtonVisible(true);
        choice.setWidth("min(100%, 40rem)");
        choice.setHelperText(getTranslation("implementation.alignment.goal-help"));
        FieldErrors errors = new FieldErrors().bind("goal", choice);
        Button align = new Button(getTranslation("implementation.alignment.add"), e -> {
            Goal goal = choice.getValue();
            if (goal == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (errors.run(() -> actions.align().accept(goal))) {
                Notifications.success(getTranslation("implementation.alignment.added", goal.code()));
                actions.changed().run();
            }
        });
        align.setId(prefix + "-align");
        HorizontalLayout row = new HorizontalLayout(choice, align);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        add(row);
    }
}
