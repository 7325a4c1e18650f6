package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.AgencyCount;
import org.councilworkspace.implementation.Dashboard;
import org.councilworkspace.implementation.KpiStatus;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.MeasureStatus;

/**
 * The plan at a glance: measures by status (each count opens the matching measures), by lead agency, KPIs by
 * computed status, and the rule the KPI status follows, in words.
 */
class DashboardSummary extends VerticalLayout {

    DashboardSummary(Dashboard dashboard, Consumer<MeasureFilter> drillDown) {
        setPadding(false);
        add(new H2(getTranslation("implementation.by-status")));
        FlexLayout statuses = new FlexLayout();
        statuses.setId("measures-by-status");
        statuses.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        for (MeasureStatus status : MeasureStatus.values()) {
            int count = dashboard.measuresByStatus().getOrDefault(status, 0);
            Button b = new Button(Translations.label(status) + ": " + count,
                    e -> drillDown.accept(new MeasureFilter(status, null, null)));
            b.setId("status-count-" + status.name());
            b.addThemeVariants(status == MeasureStatus.DELAYED && count > 0 ? ButtonVariant.LUMO_ERROR
                    : ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("aria-label", getTranslation("implementation.show-status",
                    Translations.label(status), count));
            statuses.add(b);
        }
        add(statuses);
        add(new H2(getTranslation("implementation.by-agency")), agencies(dashboard, drillDown));
        add(new H2(getTranslation("implementation.kpis-by-status")));
        Div kpis = new Div();
        kpis.setId("kpis-by-status");
        kpis.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        for (KpiStatus status : KpiStatus.values()) {
            Div cell = new Div(Translations.label(status) + ": " + dashboard.kpisByStatus().getOrDefault(status, 0));
            cell.addClassName("cw-kpi-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
            kpis.add(cell);
        }
        Paragraph rule = new Paragraph(getTranslation("implementation.rule", dashboard.tolerancePercent(),
                2 * dashboard.tolerancePercent()));
        rule.setId("kpi-rule");
        add(kpis, rule);
    }

    private Grid<AgencyCount> agencies(Dashboard dashboard, Consumer<MeasureFilter> drillDown) {
        Grid<AgencyCount> grid = new Grid<>();
        grid.setId("measures-by-agency");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.by-agency"));
        grid.addComponentColumn(a -> {
            Button open = new Button(a.agencyName(), e -> drillDown.accept(new MeasureFilter(null, a.agencyId(),
                    null)));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader(getTranslation("implementation.agency")).setFlexGrow(3);
        grid.addColumn(AgencyCount::measures).setHeader(getTranslation("implementation.measures")).setAutoWidth(true);
        grid.addColumn(AgencyCount::delayed).setHeader(Translations.label(MeasureStatus.DELAYED)).setAutoWidth(true);
        grid.addColumn(AgencyCount::done).setHeader(Translations.label(MeasureStatus.DONE)).setAutoWidth(true);
        grid.setItems(dashboard.measuresByAgency());
        grid.setEmptyStateText(getTranslation("implementation.no-measures"));
        return grid;
    }
}
