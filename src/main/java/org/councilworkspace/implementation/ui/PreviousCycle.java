package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.CycleEvaluation;
import org.councilworkspace.implementation.KpiOutcome;
import org.councilworkspace.implementation.TargetOutcome;

/**
 * How the previous cycle's KPIs ended, for the drafters of the plan that continues it: the counts, the rule in words,
 * and every KPI with the target it was judged by, the actual it was judged on and whether its measure carried over.
 */
class PreviousCycle extends VerticalLayout {

    PreviousCycle(CycleEvaluation evaluation) {
        setPadding(false);
        setId("previous-cycle");
        add(new H2(getTranslation("implementation.previous.title", evaluation.previousPlanTitle(),
                evaluation.previousCycle())));
        Paragraph counts = new Paragraph(getTranslation("implementation.previous.counts",
                evaluation.count(TargetOutcome.MET), evaluation.count(TargetOutcome.MISSED),
                evaluation.count(TargetOutcome.NO_DATA)));
        counts.setId("previous-cycle-counts");
        add(counts, new Paragraph(getTranslation("implementation.previous.rule")));
        Grid<KpiOutcome> grid = new Grid<>();
        grid.setId("previous-cycle-kpis");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.previous.title",
                evaluation.previousPlanTitle(), evaluation.previousCycle()));
        grid.addColumn(KpiOutcome::measureTitle).setHeader(getTranslation("implementation.measure")).setFlexGrow(2);
        grid.addColumn(k -> k.kpi().name()).setHeader(getTranslation("implementation.kpi")).setFlexGrow(2);
        grid.addColumn(k -> k.target() == null ? "" : k.target().year() + ": " + Numbers.of(k.target().value()) + " "
                + k.kpi().unit()).setHeader(getTranslation("implementation.previous.target")).setAutoWidth(true);
        grid.addColumn(k -> k.actual() == null ? "" : Numbers.of(k.actual().value()) + " " + k.kpi().unit())
                .setHeader(getTranslation("implementation.previous.actual")).setAutoWidth(true);
        grid.addColumn(k -> Translations.label(k.outcome())).setHeader(getTranslation("implementation.previous.outcome"))
                .setAutoWidth(true).setKey("outcome");
        grid.addColumn(k -> getTranslation(k.carriedOver() ? "implementation.previous.carried-yes"
                        : "implementation.previous.carried-no"))
                .setHeader(getTranslation("implementation.previous.carried")).setAutoWidth(true);
        // A plan's KPIs are a few hundred at most: held in memory while the page is open.
        grid.setItems(evaluation.kpis());
        grid.setEmptyStateText(getTranslation("implementation.no-kpis"));
        grid.setHeight("20rem");
        add(grid);
    }
}
