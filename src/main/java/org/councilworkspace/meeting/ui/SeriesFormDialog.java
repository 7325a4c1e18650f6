package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.LongConsumer;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.meeting.AgendaTemplate;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingSeriesService;
import org.councilworkspace.meeting.NewSeries;

/**
 * A new meeting series: the rule is put together from "monthly, on the first Tuesday" and the like, shown as the
 * iCalendar rule it makes (which can be edited by hand), with the first dates it gives. Saving makes the series and
 * its first meeting.
 */
class SeriesFormDialog extends Dialog {

    private static final List<Integer> ORDINALS = List.of(0, 1, 2, 3, 4, 5, -1);

    private final Select<String> frequency = new Select<>();
    private final Select<Integer> ordinal = new Select<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final IntegerField interval = new IntegerField();
    private final IntegerField count = new IntegerField();
    private final DatePicker until = new DatePicker();
    private final TextField rule = new TextField();
    private final Div preview = new Div();

    SeriesFormDialog(MeetingSeriesService series, AgendaTemplateService templates, long councilId,
                     CalendarDates dates, LongConsumer onCreated) {
        setHeaderTitle(getTranslation("meeting.series.new"));
        setWidth("min(48rem, 96vw)");
        TextField title = new TextField(getTranslation("meeting.series.name"));
        title.setId("series-form-title");
        title.setMaxLength(250);
        title.setRequiredIndicatorVisible(true);
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(MeetingKind.PLENARY);
        frequency.setLabel(getTranslation("meeting.series.repeats"));
        frequency.setId("series-form-frequency");
        frequency.setItems("MONTHLY", "WEEKLY");
        frequency.setItemLabelGenerator(f -> "MONTHLY".equals(f) ? getTranslation("meeting.series.repeats-monthly")
                : getTranslation("meeting.series.repeats-weekly"));
        frequency.setValue("MONTHLY");
        ordinal.setLabel(getTranslation("meeting.series.on"));
        ordinal.setId("series-form-ordinal");
        ordinal.setItems(ORDINALS);
        ordinal.setItemLabelGenerator(n -> getTranslation(n == 0 ? "meeting.series.on-every"
                : n < 0 ? "meeting.series.on-last" : "meeting.series.on-" + n));
        ordinal.setValue(1);
        weekday.setLabel(getTranslation("meeting.series.weekday"));
        weekday.setId("series-form-weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(DayOfWeek.TUESDAY);
        interval.setLabel(getTranslation("meeting.series.interval"));
        interval.setHelperText(getTranslation("meeting.series.interval-help"));
        interval.setMin(1);
        interval.setMax(99);
        interval.setValue(1);
        count.setLabel(getTranslation("meeting.series.count"));
        count.setId("series-form-count");
        count.setMin(1);
        count.setMax(1000);
        Pickers.localize(until, dates.calendar());
        until.setLabel(getTranslation("meeting.series.until"));
        rule.setLabel(getTranslation("meeting.series.rule"));
        rule.setId("series-form-rule");
        rule.setHelperText(getTranslation("meeting.series.rule-help"));
        rule.setMaxLength(500);
        DatePicker first = Pickers.localize(new DatePicker(getTranslation("meeting.series.first-date"), LocalDate.now(UserZone.zone())),
                dates.calendar());
        first.setId("series-form-first");
        TimePicker time = new TimePicker(getTranslation("meeting.series.time"), LocalTime.of(10, 0));
        time.setId("series-form-time");
        IntegerField duration = new IntegerField(getTranslation("meeting.series.duration"));
        duration.setId("series-form-duration");
        duration.setValue(120);
        duration.setMin(1);
        ComboBox<String> zone = new ComboBox<>(getTranslation("meeting.series.zone"));
        zone.setId("series-form-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(UserZone.zone().getId());
        TextField place = new TextField(getTranslation("meeting.place"));
        place.setMaxLength(300);
        TextField link = new TextField(getTranslation("meeting.online-link"));
        link.setMaxLength(500);
        Select<AgendaTemplate> template = new Select<>();
        template.setLabel(getTranslation("meeting.series.template"));
        template.setItems(templates.templates(councilId));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("meeting.template-none") : TemplateLabels.name(t));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("meeting.template-none"));
        AgendaTemplate usual = templates.defaultTemplate(councilId);
        template.getListDataView().getItems().filter(t -> t.sameAs(usual)).findFirst().ifPresent(template::setValue);
        preview.setId("series-form-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        FormLayout form = new FormLayout(title, kind, frequency, ordinal, weekday, interval, count, until, rule,
                first, time, duration, zone, place, link, template);
        form.setColspan(title, 2);
        form.setColspan(rule, 2);
        form.setColspan(template, 2);
        add(form, new Paragraph(getTranslation("meeting.series.preview")), preview);
        Runnable showPreview = () -> preview(() -> series.preview(councilId, rule.getValue(), first.getValue(),
                time.getValue(), zoneOf(zone.getValue())), dates);
        List<HasValue<?, ?>> builders = List.of(frequency, ordinal, weekday, interval, count, until);
        builders.forEach(b -> b.addValueChangeListener(e -> {
            rule.setValue(build());
            showPreview.run();
        }));
        List.<HasValue<?, ?>>of(rule, first, time, zone).forEach(f -> f.addValueChangeListener(e -> showPreview.run()));
        rule.setValue(build());
        FieldErrors errors = new FieldErrors().bind("title", title).bind("kind", kind).bind("rrule", rule)
                .bind("firstDate", first).bind("startTime", time).bind("duration", duration).bind("zone", zone)
                .bind("place", place).bind("onlineLink", link).bind("template", template);
        Button save = new Button(getTranslation("meeting.series.create"), e -> errors.run(() -> {
            NewSeries input = new NewSeries(title.getValue(), kind.getValue(), rule.getValue(), first.getValue(),
                    time.getValue(), duration.getValue(), zoneOf(zone.getValue()), place.getValue(), link.getValue(),
                    template.getValue());
            long id = series.createSeries(councilId, input);
            long meeting = series.createNextMeeting(id);
            close();
            onCreated.accept(meeting);
        }));
        save.setId("series-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** The rule the choices make, e.g. FREQ=MONTHLY;BYDAY=1TU;COUNT=12. */
    private String build() {
        boolean monthly = "MONTHLY".equals(frequency.getValue());
        ordinal.setEnabled(monthly);
        StringBuilder out = new StringBuilder("FREQ=").append(frequency.getValue());
        if (interval.getValue() != null && interval.getValue() > 1) {
            out.append(";INTERVAL=").append(interval.getValue());
        }
        if (weekday.getValue() != null) {
            Integer n = ordinal.getValue();
            out.append(";BYDAY=").append(monthly && n != null && n != 0 ? n.toString() : "")
                    .append(weekday.getValue().name(), 0, 2);
        }
        if (count.getValue() != null) {
            out.append(";COUNT=").append(count.getValue());
        } else if (until.getValue() != null) {
            out.append(";UNTIL=").append(DateTimeFormatter.BASIC_ISO_DATE.format(until.getValue()));
        }
        return out.toString();
    }

    private void preview(java.util.function.Supplier<List<java.time.ZonedDateTime>> occurrences,
                         CalendarDates dates) {
        preview.removeAll();
        try {
            UnorderedList list = new UnorderedList();
            occurrences.get().forEach(at -> list.add(new ListItem(dates.dateTime(at.toOffsetDateTime()))));
            preview.add(list);
        } catch (InvalidInputException e) {
            Paragraph problem = new Paragraph("⚠ " + Translations.message(e));
            problem.addClassName("cw-warning");
            preview.add(problem);
        }
    }

    private static ZoneId zoneOf(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
