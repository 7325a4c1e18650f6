package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.AgendaTemplate;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MeetingService.VersionChoice;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.base.ui.UserZone;

/**
 * Calls a meeting or changes one: kind, title, time, place or online link, the plan version it discusses, who is
 * invited (people already invited stay invited).
 */
class MeetingFormDialog extends Dialog {

    /** A new meeting, its agenda started from one of the council's templates. */
    MeetingFormDialog(MeetingService meetings, AgendaTemplateService templates, long councilId,
                      CalendarSystem calendar, LongConsumer onCreated) {
        this(meetings, templates, councilId, calendar, null, Set.of(), onCreated);
    }

    /** Changes an existing meeting when {@code existing} is given. */
    MeetingFormDialog(MeetingService meetings, long councilId, CalendarSystem calendar, Meeting existing,
                      Set<Long> invitedIds, LongConsumer onSaved) {
        this(meetings, null, councilId, calendar, existing, invitedIds, onSaved);
    }

    private MeetingFormDialog(MeetingService meetings, AgendaTemplateService templates, long councilId,
                              CalendarSystem calendar, Meeting existing, Set<Long> invitedIds, LongConsumer onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "meeting.new" : "meeting.edit"));
        setWidth("min(44rem, 96vw)");
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setId("meeting-form-kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(existing == null ? MeetingKind.PLENARY : existing.kind());
        TextField title = new TextField(getTranslation("meeting.title"));
        title.setId("meeting-form-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        if (existing != null) {
            title.setValue(existing.title());
        }
        LocalDateTime start = existing != null ? UserZone.toLocal(existing.startsAt())
                : LocalDateTime.of(LocalDate.now(UserZone.zone()).plusDays(14), LocalTime.of(9, 30));
        DateTimePicker starts = Pickers.localize(new DateTimePicker(getTranslation("meeting.starts")), calendar);
        starts.setId("meeting-form-starts");
        starts.setValue(start);
        DateTimePicker ends = Pickers.localize(new DateTimePicker(getTranslation("meeting.ends")), calendar);
        ends.setId("meeting-form-ends");
        ends.setValue(existing != null ? UserZone.toLocal(existing.endsAt()) : start.plusHours(2));
        starts.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getOldValue() != null && ends.getValue() != null) {
                ends.setValue(ends.getValue().plus(java.time.Duration.between(e.getOldValue(), e.getValue())));
            }
        });
        TextField place = new TextField(getTranslation("meeting.place"));
        place.setId("meeting-form-place");
        place.setMaxLength(300);
        place.setValue(existing == null || existing.place() == null ? "" : existing.place());
        TextField link = new TextField(getTranslation("meeting.online-link"));
        link.setId("meeting-form-link");
        link.setMaxLength(500);
        link.setHelperText(getTranslation("meeting.online-link-help"));
        link.setValue(existing == null || existing.onlineLink() == null ? "" : existing.onlineLink());
        Select<VersionChoice> version = new Select<>();
        version.setLabel(getTranslation("meeting.plan-version"));
        version.setId("meeting-form-version");
        List<VersionChoice> versions = meetings.versionChoices(councilId);
        version.setItems(versions);
        version.setItemLabelGenerator(v -> v == null ? getTranslation("meeting.no-version") : v.label());
        version.setEmptySelectionAllowed(true);
        version.setEmptySelectionCaption(getTranslation("meeting.no-version"));
        if (existing != null) {
            versions.stream().filter(v -> existing.planVersionId() != null && v.id() == existing.planVersionId())
                    .findFirst().ifPresent(version::setValue);
        } else if (!versions.isEmpty()) {
            version.setValue(versions.get(0));
        }
        MultiSelectComboBox<Member> invited = new MultiSelectComboBox<>(getTranslation("meeting.invitees"));
        invited.setId("meeting-form-invitees");
        List<Member> members = meetings.inviteCandidates(councilId);
        invited.setItems(members);
        invited.setItemLabelGenerator(m -> m.displayName() + " (" + Translations.label(m.role()) + ")");
        invited.setValue(existing == null ? new HashSet<>(members) : members.stream()
                .filter(m -> invitedIds.contains(m.userId())).collect(Collectors.toSet()));
        invited.setHelperText(getTranslation("meeting.invitees-help"));
        FormLayout form = new FormLayout(kind, title, starts, ends, place, link, version, invited);
        form.setColspan(title, 2);
        form.setColspan(version, 2);
        form.setColspan(invited, 2);
        Select<AgendaTemplate> template = templates == null ? null : templateChoice(templates, councilId);
        if (template != null) {
            form.add(template);
            form.setColspan(template, 2);
        }
        add(form);
        FieldErrors errors = new FieldErrors().bind("kind", kind).bind("title", title).bind("startsAt", starts)
                .bind("endsAt", ends).bind("place", place).bind("onlineLink", link).bind("planVersion", version)
                .bind("invitees", invited);
        Button save = new Button(getTranslation(existing == null ? "action.create" : "action.save"),
                e -> errors.run(() -> {
                    Set<Long> ids = invited.getValue().stream().map(Member::userId).collect(Collectors.toSet());
                    NewMeeting input = new NewMeeting(kind.getValue(), title.getValue(),
                            UserZone.toInstant(starts.getValue()), UserZone.toInstant(ends.getValue()),
                            place.getValue(), link.getValue(),
                            version.getValue() == null ? null : version.getValue().id(), ids);
                    long id;
                    if (existing == null) {
                        id = meetings.createMeeting(councilId, input, template.getValue());
                    } else {
                        try {
                            meetings.updateMeeting(existing.id(), input, existing.version());
                        } catch (ConcurrentChangeException ex) {
                            Notifications.error(getTranslation("error.concurrent-change"));
                        }
                        id = existing.id();
                    }
                    close();
                    onSaved.accept(id);
                }));
        save.setId("meeting-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** The template the agenda starts from; the council's usual one is chosen, an empty agenda is one choice. */
    private Select<AgendaTemplate> templateChoice(AgendaTemplateService templates, long councilId) {
        Select<AgendaTemplate> template = new Select<>();
        template.setLabel(getTranslation("meeting.template"));
        template.setId("meeting-form-template");
        template.setItems(templates.templates(councilId));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("meeting.template-none") : TemplateLabels.name(t));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("meeting.template-none"));
        AgendaTemplate usual = templates.defaultTemplate(councilId);
        template.getListDataView().getItems().filter(t -> t.sameAs(usual)).findFirst().ifPresent(template::setValue);
        template.setHelperText(getTranslation("meeting.template-help"));
        return template;
    }
}
