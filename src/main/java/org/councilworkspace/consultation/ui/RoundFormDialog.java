package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanVersionInfo;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.base.ui.UserZone;

/** Schedules a round: the frozen version, whole plan or chosen sections, who may comment, and when. */
class RoundFormDialog extends Dialog {

    /** {@code calendar}: the council's, so that Thai screens of a Buddhist Era council pick พ.ศ. dates. */
    RoundFormDialog(long councilId, List<Plan> plans, VersionService versions, RoundService rounds, Clock clock,
                    CalendarSystem calendar, LongConsumer onCreated) {
        setHeaderTitle(getTranslation("consultation.round.new"));
        setWidth("min(44rem, 96vw)");
        Select<Plan> plan = new Select<>();
        plan.setLabel(getTranslation("consultation.round.plan"));
        plan.setId("round-plan");
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> p.title() + " (" + p.cycle() + ")");
        Select<PlanVersionInfo> version = new Select<>();
        version.setLabel(getTranslation("consultation.round.version"));
        version.setId("round-version");
        version.setItemLabelGenerator(v -> v.label() + " (" + v.number() + ")");
        MultiSelectComboBox<VersionSection> sections = new MultiSelectComboBox<>(getTranslation("consultation.round.sections"));
        sections.setId("round-sections");
        sections.setItemLabelGenerator(VersionSection::numberedTitle);
        sections.setHelperText(getTranslation("consultation.round.sections-help"));
        plan.addValueChangeListener(e -> {
            version.setItems(e.getValue() == null ? List.of() : versions.versions(e.getValue().id()));
            version.getListDataView().getItems().findFirst().ifPresent(version::setValue);
        });
        version.addValueChangeListener(e -> {
            sections.clear();
            sections.setItems(e.getValue() == null ? List.of() : versions.version(e.getValue().id()).sections());
        });
        TextField title = new TextField(getTranslation("consultation.round.title"));
        title.setId("round-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("consultation.round.description"));
        description.setId("round-description");
        description.setMaxLength(4000);
        RadioButtonGroup<RoundKind> kind = new RadioButtonGroup<>(getTranslation("consultation.round.kind"));
        kind.setId("round-kind");
        kind.setItems(RoundKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(RoundKind.PUBLIC);
        LocalDateTime now = LocalDateTime.now(clock.withZone(UserZone.zone())).truncatedTo(ChronoUnit.MINUTES);
        DateTimePicker opens = Pickers.localize(new DateTimePicker(getTranslation("consultation.round.opens")), calendar);
        opens.setId("round-opens");
        opens.setValue(now);
        DateTimePicker closes = Pickers.localize(new DateTimePicker(getTranslation("consultation.round.closes")), calendar);
        closes.setId("round-closes");
        closes.setHelperText(getTranslation("consultation.round.closes-help", RoundService.PUBLIC_DEFAULT_LENGTH.toDays()));
        FormLayout form = new FormLayout(plan, version, title, description, sections, kind, opens, closes);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(sections, 2);
        form.setColspan(kind, 2);
        add(form);
        plans.stream().findFirst().ifPresent(plan::setValue);
        FieldErrors errors = new FieldErrors().bind("title", title).bind("description", description)
                .bind("sections", sections).bind("kind", kind).bind("opensAt", opens).bind("closesAt", closes);
        Button save = new Button(getTranslation("action.create"), e -> errors.run(() -> {
            if (version.getValue() == null) {
                throw new InvalidInputException("sections", "consultation.round.version-required");
            }
            long id = rounds.createRound(councilId, new NewRound(version.getValue().id(), title.getValue(),
                    description.getValue(), kind.getValue(), UserZone.toInstant(opens.getValue()),
                    UserZone.toInstant(closes.getValue()),
                    sections.getSelectedItems().stream().map(VersionSection::sectionId).toList()));
            close();
            onCreated.accept(id);
        }));
        save.setId("round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
