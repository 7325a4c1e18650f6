package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.implementation.Milestone;

/** A measure's milestones as rows of a title and a due date; rows are added and removed freely before saving. */
class MilestoneRows extends VerticalLayout {

    private record Row(HorizontalLayout layout, TextField title, DatePicker due) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    private final CalendarSystem calendar;

    MilestoneRows(List<Milestone> initial, CalendarSystem calendar) {
        this.calendar = calendar;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation("implementation.add-milestone"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Span(getTranslation("implementation.milestones")), list, add);
        initial.forEach(this::addRow);
    }

    private void addRow(Milestone milestone) {
        TextField title = new TextField(getTranslation("implementation.milestone"));
        title.setId("milestone-title-" + rows.size());
        title.setMaxLength(300);
        DatePicker due = Pickers.localize(new DatePicker(getTranslation("implementation.due")), calendar);
        due.setId("milestone-due-" + rows.size());
        if (milestone != null) {
            title.setValue(milestone.title());
            due.setValue(milestone.dueOn());
        }
        HorizontalLayout layout = new HorizontalLayout(title, due);
        Row row = new Row(layout, title, due);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("implementation.remove-milestone"));
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        list.add(layout);
    }

    /** Rows left entirely empty are ignored; half-filled ones go to the service, which says what is missing. */
    List<Milestone> value() {
        return rows.stream().filter(r -> !r.title().getValue().isBlank() || r.due().getValue() != null)
                .map(r -> new Milestone(r.title().getValue(), r.due().getValue())).toList();
    }
}
