package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.implementation.AgencyReport;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.NewRound;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.implementation.ReportingRound;

/**
 * Reporting rounds on the dashboard: the signed-in member's own reporting tasks, every round with its agencies'
 * reports (overdue ones marked), and for the plan's managers the form that opens a round.
 */
class ReportingPanel extends VerticalLayout {

    private final CalendarSystem calendar;

    ReportingPanel(ImplementationService register, long councilId, long planId, CalendarSystem calendar,
                   boolean manages, Runnable changed) {
        this.calendar = calendar;
        setPadding(false);
        add(new H2(getTranslation("implementation.reporting")));
        LocalDate today = LocalDate.now(UserZone.zone());
        List<AgencyReport> tasks = register.reportingTasks(councilId).stream()
                .filter(t -> t.round().planId() == planId).toList();
        if (!tasks.isEmpty()) {
            add(new H3(getTranslation("implementation.my-tasks")), reports("my-reporting-tasks", tasks, today));
        }
        if (manages) {
            add(openForm(register, planId, changed));
        }
        for (ReportingRound round : register.reportingRounds(planId)) {
            add(new H3(getTranslation("implementation.round-heading", Periods.label(round.year(), round.periodNo(),
                    round.frequency()), Formats.date(round.deadline()), round.accepted(), round.reports())));
            add(reports("round-" + round.id(), register.reportsOfRound(round.id()), today));
        }
    }

    private Grid<AgencyReport> reports(String id, List<AgencyReport> reports, LocalDate today) {
        Grid<AgencyReport> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.reporting"));
        grid.addComponentColumn(r -> new Anchor(ImplementationPaths.report(r.id()), r.agencyName()))
                .setHeader(getTranslation("implementation.agency")).setFlexGrow(3);
        grid.addColumn(r -> Periods.label(r.round().year(), r.round().periodNo(), r.round().frequency()))
                .setHeader(getTranslation("implementation.period")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.round().deadline())).setHeader(getTranslation("implementation.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> Translations.label(r.status()) + (r.overdue(today)
                        ? " · " + getTranslation("implementation.overdue") : ""))
                .setHeader(getTranslation("implementation.status")).setAutoWidth(true);
        grid.setItems(reports);
        return grid;
    }

    private HorizontalLayout openForm(ImplementationService register, long planId, Runnable changed) {
        Select<ReportingFrequency> frequency = new Select<>();
        frequency.setId("round-frequency");
        frequency.setLabel(getTranslation("implementation.frequency"));
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(Translations::label);
        frequency.setValue(ReportingFrequency.ANNUAL);
        IntegerField year = new IntegerField(getTranslation("implementation.year"));
        year.setId("round-year");
        year.setValue(LocalDate.now(UserZone.zone()).getYear() - 1);
        IntegerField period = new IntegerField(getTranslation("implementation.period-number"));
        period.setId("round-period");
        period.setValue(1);
        period.setMin(1);
        period.setMax(4);
        DatePicker deadline = Pickers.localize(new DatePicker(getTranslation("implementation.deadline")), calendar);
        deadline.setId("round-deadline");
        deadline.setValue(LocalDate.now(UserZone.zone()).plusDays(30));
        FieldErrors errors = new FieldErrors().bind("frequency", frequency).bind("year", year).bind("period", period)
                .bind("deadline", deadline);
        Button open = new Button(getTranslation("implementation.open-round"), e -> {
            if (errors.run(() -> register.openReportingRound(planId, new NewRound(frequency.getValue(),
                    year.getValue(), period.getValue(), deadline.getValue())))) {
                Notifications.success(getTranslation("implementation.round-opened"));
                changed.run();
            }
        });
        open.setId("open-round");
        HorizontalLayout row = new HorizontalLayout(frequency, year, period, deadline, open);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
