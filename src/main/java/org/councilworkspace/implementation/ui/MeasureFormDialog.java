package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.implementation.Agency;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.MeasureDetail;
import org.councilworkspace.implementation.NewMeasure;
import org.councilworkspace.plan.OutlineNode;

/** Records a measure or changes one: its section, title, description, agencies, period, milestones and budget. */
class MeasureFormDialog extends Dialog {

    MeasureFormDialog(ImplementationService register, long councilId, CalendarSystem calendar, long planId,
                      MeasureDetail existing, LongConsumer onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "implementation.new-measure" : "implementation.edit-measure"));
        setWidth("min(48rem, 96vw)");
        List<OutlineNode> sections = register.maintainableSections(planId);
        List<Agency> agencies = register.agencies(councilId);
        Select<OutlineNode> section = new Select<>();
        section.setId("measure-form-section");
        section.setLabel(getTranslation("implementation.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(OutlineNode::numberedTitle);
        TextField title = new TextField(getTranslation("implementation.measure-title"));
        title.setId("measure-form-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("implementation.description"));
        description.setId("measure-form-description");
        description.setMaxLength(4000);
        Select<Agency> lead = new Select<>();
        lead.setId("measure-form-lead");
        lead.setLabel(getTranslation("implementation.lead-agency"));
        lead.setItems(agencies);
        lead.setItemLabelGenerator(Agency::name);
        lead.setHelperText(agencies.isEmpty() ? getTranslation("implementation.no-agencies") : null);
        MultiSelectComboBox<Agency> co = new MultiSelectComboBox<>(getTranslation("implementation.co-agencies"));
        co.setId("measure-form-co");
        co.setItems(agencies);
        co.setItemLabelGenerator(Agency::name);
        DatePicker starts = Pickers.localize(new DatePicker(getTranslation("implementation.starts")), calendar);
        starts.setId("measure-form-starts");
        DatePicker ends = Pickers.localize(new DatePicker(getTranslation("implementation.ends")), calendar);
        ends.setId("measure-form-ends");
        MilestoneRows milestones = new MilestoneRows(existing == null ? List.of() : existing.milestones(), calendar);
        BudgetRows budget = new BudgetRows(existing == null ? List.of() : existing.budget());
        if (existing != null) {
            var m = existing.measure();
            sections.stream().filter(n -> n.sectionId() == m.sectionId()).findFirst().ifPresent(section::setValue);
            title.setValue(m.title());
            description.setValue(m.description());
            agencies.stream().filter(a -> a.id() == m.leadAgencyId()).findFirst().ifPresent(lead::setValue);
            Set<Long> coIds = existing.coAgencies().stream().map(Agency::id).collect(Collectors.toSet());
            co.setValue(agencies.stream().filter(a -> coIds.contains(a.id())).collect(Collectors.toSet()));
            starts.setValue(m.startsOn());
            ends.setValue(m.endsOn());
        } else if (sections.size() == 1) {
            section.setValue(sections.get(0));
        }
        FormLayout form = new FormLayout(section, title, lead, co, starts, ends);
        form.add(description, 2);
        form.add(milestones, 2);
        form.add(budget, 2);
        add(form);
        FieldErrors errors = new FieldErrors().bind("section", section).bind("title", title)
                .bind("description", description).bind("leadAgency", lead).bind("coAgencies", co)
                .bind("startsOn", starts).bind("endsOn", ends);
        Button save = new Button(getTranslation("action.save"), e -> {
            NewMeasure input = new NewMeasure(section.getValue() == null ? null : section.getValue().sectionId(),
                    title.getValue(), description.getValue(), lead.getValue() == null ? null : lead.getValue().id(),
                    co.getValue().stream().map(Agency::id).collect(Collectors.toSet()), starts.getValue(),
                    ends.getValue(), milestones.value(), budget.value());
            long[] id = {existing == null ? 0 : existing.measure().id()};
            try {
                if (errors.run(() -> {
                    if (existing == null) {
                        id[0] = register.createMeasure(planId, input);
                    } else {
                        register.updateMeasure(id[0], input, existing.measure().version());
                    }
                })) {
                    close();
                    onSaved.accept(id[0]);
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("implementation.changed-meanwhile"));
            }
        });
        save.setId("measure-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
