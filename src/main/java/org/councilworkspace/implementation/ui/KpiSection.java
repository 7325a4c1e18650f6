package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.Actual;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Kpi;
import org.councilworkspace.implementation.KpiProgress;

/**
 * One KPI on its measure's page: what it measures, its trajectory beside a table of the numbers, and every version
 * of every reported actual, corrections with their reasons next to what they replaced.
 */
class KpiSection extends VerticalLayout {

    KpiSection(ImplementationService register, KpiProgress progress, boolean reports, Runnable changed) {
        Kpi kpi = progress.kpi();
        setPadding(false);
        setId("kpi-" + kpi.id());
        add(new H3(kpi.name()));
        add(new Paragraph(getTranslation("implementation.kpi-facts", kpi.unit(),
                Integer.toString(kpi.baselineYear()), Numbers.of(kpi.baselineValue()), Translations.label(kpi.direction()),
                Translations.label(kpi.frequency()), kpi.dataSource())));
        add(new KpiTrajectory(progress));
        List<Actual> history = register.actualHistory(kpi.id());
        Set<Long> current = progress.actuals().stream().map(Actual::id).collect(Collectors.toSet());
        if (reports) {
            Button report = new Button(getTranslation("implementation.report-actual", kpi.name()),
                    e -> new ActualDialog(register, kpi, null, changed).open());
            report.setId("report-actual-" + kpi.id());
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(report);
        }
        Grid<Actual> grid = new Grid<>();
        grid.setId("actual-history-" + kpi.id());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.reported", kpi.name()));
        grid.addColumn(a -> Periods.label(a.year(), a.periodNo(), kpi.frequency()))
                .setHeader(getTranslation("implementation.period")).setAutoWidth(true);
        grid.addColumn(a -> Numbers.of(a.value())).setHeader(getTranslation("implementation.table.actual"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.isCorrection() ? getTranslation("implementation.correction-of", a.versionNo(),
                        a.correctionReason()) : getTranslation("implementation.first-report"))
                .setHeader(getTranslation("implementation.version")).setFlexGrow(2);
        grid.addComponentColumn(a -> a.evidenceUrl() == null ? new Span()
                        : new Anchor(a.evidenceUrl(), getTranslation("implementation.evidence-open")))
                .setHeader(getTranslation("implementation.evidence")).setAutoWidth(true);
        grid.addColumn(a -> a.comment() == null ? "" : a.comment()).setHeader(getTranslation("implementation.comment"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.reportedBy() + " · " + Formats.dateTime(a.reportedAt()))
                .setHeader(getTranslation("implementation.reported-by")).setAutoWidth(true);
        if (reports) {
            grid.addComponentColumn(a -> {
                if (!current.contains(a.id())) {
                    return new Span(getTranslation("implementation.superseded"));
                }
                Button correct = new Button(getTranslation("implementation.correct"),
                        e -> new ActualDialog(register, kpi, a, changed).open());
                correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                correct.getElement().setAttribute("aria-label", getTranslation("implementation.correct-actual",
                        kpi.name()) + " " + Periods.label(a.year(), a.periodNo(), kpi.frequency()));
                return correct;
            }).setAutoWidth(true);
        }
        grid.setItems(history);
        grid.setEmptyStateText(getTranslation("implementation.nothing-reported"));
        add(grid);
    }
}
