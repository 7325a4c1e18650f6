package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.Actual;
import org.councilworkspace.implementation.Assessment;
import org.councilworkspace.implementation.Kpi;
import org.councilworkspace.implementation.KpiProgress;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.SvgTrajectoryChart;

/**
 * One KPI's trajectory: the chart, and beside it a table of the same numbers (baseline, each year's target, each
 * period's actual) for screen readers and for anyone who wants the figures; with the status and how it was computed.
 */
class KpiTrajectory extends Div {

    KpiTrajectory(KpiProgress progress) {
        Kpi kpi = progress.kpi();
        addClassName("cw-kpi-trajectory");
        setId("kpi-trajectory-" + kpi.id());
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        Div chart = new Div();
        chart.addClassName("cw-chart");
        chart.getStyle().set("flex", "1 1 28rem");
        // Every label in the SVG is escaped by SvgTrajectoryChart; the rest is its own fixed markup.
        chart.getElement().setProperty("innerHTML", SvgTrajectoryChart.render(kpi, progress.actuals(),
                new SvgTrajectoryChart.Labels(kpi.name() + " (" + kpi.unit() + ")",
                        Translations.t("implementation.chart.path"), Translations.t("implementation.chart.actuals"),
                        Numbers::of)));
        Div side = new Div(table(progress), explanation(progress.assessment(), kpi));
        side.getStyle().set("flex", "1 1 18rem");
        add(chart, side);
    }

    private static com.vaadin.flow.component.Component table(KpiProgress progress) {
        Kpi kpi = progress.kpi();
        Element table = new Element("table");
        table.setAttribute("class", "cw-data-table");
        table.appendChild(new Element("caption").setText(Translations.t("implementation.table.caption", kpi.name(),
                kpi.unit())));
        Element head = new Element("tr");
        for (String key : new String[] {"implementation.table.period", "implementation.table.target",
                "implementation.table.actual"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(Translations.t(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        body.appendChild(row(Translations.t("implementation.table.baseline", Integer.toString(kpi.baselineYear())), "",
                Numbers.of(kpi.baselineValue())));
        Map<Integer, KpiTarget> targets = kpi.targets().stream()
                .collect(Collectors.toMap(KpiTarget::year, t -> t, (a, b) -> a, TreeMap::new));
        Map<Integer, java.util.List<Actual>> actualsByYear = progress.actuals().stream()
                .collect(Collectors.groupingBy(Actual::year, TreeMap::new, Collectors.toList()));
        java.util.Set<Integer> years = new java.util.TreeSet<>(targets.keySet());
        years.addAll(actualsByYear.keySet());
        for (int year : years) {
            java.util.List<Actual> actuals = actualsByYear.getOrDefault(year, java.util.List.of());
            String target = targets.containsKey(year) ? Numbers.of(targets.get(year).value()) : "";
            if (actuals.isEmpty()) {
                body.appendChild(row(Integer.toString(year), target, ""));
            }
            for (int i = 0; i < actuals.size(); i++) {
                Actual a = actuals.get(i);
                body.appendChild(row(Periods.label(year, a.periodNo(), kpi.frequency()),
                        i == actuals.size() - 1 ? target : "", Numbers.of(a.value())));
            }
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element row(String period, String target, String actual) {
        Element tr = new Element("tr");
        tr.appendChild(new Element("th").setAttribute("scope", "row").setText(period));
        tr.appendChild(new Element("td").setText(target));
        tr.appendChild(new Element("td").setText(actual));
        return tr;
    }

    static Paragraph explanation(Assessment assessment, Kpi kpi) {
        String status = Translations.label(assessment.status());
        Paragraph p = new Paragraph(assessment.expected() == null
                ? Translations.t("implementation.status.no-data", status)
                : Translations.t("implementation.status.explained", status, Numbers.of(assessment.latest().value()),
                        Numbers.of(assessment.expected()), kpi.unit(), assessment.tolerancePercent()));
        p.addClassName("cw-kpi-status-" + assessment.status().name().toLowerCase(java.util.Locale.ROOT));
        p.setId("kpi-status-" + kpi.id());
        return p;
    }
}
