package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.Run;

/**
 * A plan's dashboard as a document to circulate: measures by status and by lead agency, KPIs by computed status with
 * the rule in words, the measures, and each KPI's baseline, targets and actuals as a table with its computed status
 * and the figures that status was computed from. Written in the council's language with the shared PDF renderer, so
 * Thai and Japanese names read back exactly as entered.
 */
final class RegisterPdf {

    /** What the document shows; {@code date} is the day it was made, already written in the document's language. */
    record Contents(String councilName, String planTitle, String cycle, String date, Dashboard dashboard,
                    List<Measure> measures, List<PlanKpi> kpis, CycleEvaluation previous) {
    }

    private RegisterPdf() {
    }

    static CouncilDocument document(Contents c, DocumentLocale l) {
        String title = l.t("implementation.pdf.title", c.planTitle());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", title, null));
        blocks.add(Block.Paragraph.of(c.councilName() + " · " + c.cycle() + " · " + l.t("implementation.pdf.as-of",
                c.date())));
        blocks.add(new Block.Heading(2, "", l.t("implementation.by-status"), null));
        List<List<String>> statuses = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            statuses.add(List.of(l.t("MeasureStatus." + status.name()),
                    Integer.toString(c.dashboard().measuresByStatus().getOrDefault(status, 0))));
        }
        blocks.add(table(List.of(l.t("implementation.export.status"), l.t("implementation.measures")), statuses));
        blocks.add(new Block.Heading(2, "", l.t("implementation.by-agency"), null));
        List<List<String>> agencies = new ArrayList<>();
        for (AgencyCount a : c.dashboard().measuresByAgency()) {
            agencies.add(List.of(a.agencyName(), Integer.toString(a.measures()), Integer.toString(a.delayed()),
                    Integer.toString(a.done())));
        }
        blocks.add(table(List.of(l.t("implementation.agency"), l.t("implementation.measures"),
                l.t("MeasureStatus.DELAYED"), l.t("MeasureStatus.DONE")), agencies));
        blocks.add(new Block.Heading(2, "", l.t("implementation.kpis-by-status"), null));
        List<List<String>> kpiStatuses = new ArrayList<>();
        for (KpiStatus status : KpiStatus.values()) {
            kpiStatuses.add(List.of(l.t("KpiStatus." + status.name()),
                    Integer.toString(c.dashboard().kpisByStatus().getOrDefault(status, 0))));
        }
        blocks.add(table(List.of(l.t("implementation.kpi-status"), l.t("implementation.kpis")), kpiStatuses));
        int tolerance = c.dashboard().tolerancePercent();
        blocks.add(Block.Paragraph.of(l.t("implementation.rule", tolerance, 2 * tolerance)));
        blocks.add(new Block.Heading(2, "", l.t("implementation.measures"), null));
        blocks.add(measures(c.measures(), l));
        blocks.add(new Block.Heading(2, "", l.t("implementation.kpis"), null));
        if (c.kpis().isEmpty()) {
            blocks.add(Block.Paragraph.of(l.t("implementation.no-kpis")));
        }
        for (PlanKpi k : c.kpis()) {
            blocks.addAll(kpi(k, l));
        }
        if (c.previous() != null) {
            blocks.addAll(previous(c.previous(), l));
        }
        return new CouncilDocument(l.languageTag(), title, null, c.planTitle() + " · " + c.cycle(), blocks);
    }

    private static Block measures(List<Measure> measures, DocumentLocale l) {
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : measures) {
            String status = l.t("MeasureStatus." + m.status().name())
                    + (m.statusReason() == null ? "" : ": " + m.statusReason());
            rows.add(List.of(m.sectionTitle(), m.title(), m.leadAgencyName(),
                    l.date(m.startsOn()) + " – " + l.date(m.endsOn()), status));
        }
        return table(List.of(l.t("implementation.export.section"), l.t("implementation.export.measure"),
                l.t("implementation.export.lead-agency"), l.t("implementation.pdf.period"),
                l.t("implementation.export.status")), rows);
    }

    /** A KPI's heading, its path and actuals as a table, and its status with the figures behind it. */
    private static List<Block> kpi(PlanKpi planKpi, DocumentLocale l) {
        Kpi kpi = planKpi.progress().kpi();
        Assessment a = planKpi.progress().assessment();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, "", kpi.name() + " (" + kpi.unit() + ")", null));
        blocks.add(Block.Paragraph.of(l.t("implementation.export.measure") + ": " + planKpi.measureTitle() + " · "
                + l.t("Direction." + kpi.direction().name()) + " · " + l.t("implementation.data-source") + ": "
                + kpi.dataSource()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.t("implementation.export.baseline"), Integer.toString(kpi.baselineYear()),
                number(kpi.baselineValue(), l)));
        for (KpiTarget target : kpi.targets()) {
            rows.add(List.of(l.t("implementation.pdf.target"), Integer.toString(target.year()),
                    number(target.value(), l)));
        }
        for (Actual actual : planKpi.progress().actuals()) {
            rows.add(List.of(l.t("implementation.pdf.actual"), period(actual, kpi.frequency(), l),
                    number(actual.value(), l)));
        }
        blocks.add(table(List.of(l.t("implementation.pdf.what"), l.t("implementation.pdf.year-period"),
                l.t("implementation.pdf.value")), rows));
        String status = l.t("KpiStatus." + a.status().name());
        String because = a.latest() == null ? l.t("implementation.pdf.no-actual")
                : a.expected() == null ? l.t("implementation.pdf.no-target")
                : l.t("implementation.pdf.compared", number(a.latest().value(), l),
                period(a.latest(), kpi.frequency(), l), number(BigDecimal.valueOf(a.expected()), l),
                a.tolerancePercent());
        blocks.add(new Block.Paragraph(List.of(Run.bold(l.t("implementation.kpi-status") + ": " + status + ". "),
                Run.plain(because))));
        return blocks;
    }

    /** How the previous cycle's KPIs ended, with the rule, for a plan that continues an earlier one. */
    private static List<Block> previous(CycleEvaluation e, DocumentLocale l) {
        List<List<String>> rows = new ArrayList<>();
        for (KpiOutcome k : e.kpis()) {
            String unit = " " + k.kpi().unit();
            rows.add(List.of(k.measureTitle(), k.kpi().name(),
                    k.target() == null ? "" : k.target().year() + ": " + number(k.target().value(), l) + unit,
                    k.actual() == null ? "" : number(k.actual().value(), l) + unit,
                    l.t("TargetOutcome." + k.outcome().name()),
                    l.t(k.carriedOver() ? "implementation.previous.carried-yes" : "implementation.previous.carried-no")));
        }
        return List.of(new Block.Heading(2, "", l.t("implementation.previous.title", e.previousPlanTitle(),
                        e.previousCycle()), null),
                Block.Paragraph.of(l.t("implementation.previous.counts", e.count(TargetOutcome.MET),
                        e.count(TargetOutcome.MISSED), e.count(TargetOutcome.NO_DATA))),
                Block.Paragraph.of(l.t("implementation.previous.rule")),
                table(List.of(l.t("implementation.export.measure"), l.t("implementation.export.kpi"),
                        l.t("implementation.previous.target"), l.t("implementation.previous.actual"),
                        l.t("implementation.previous.outcome"), l.t("implementation.previous.carried")), rows));
    }

    private static String period(Actual actual, ReportingFrequency frequency, DocumentLocale l) {
        return frequency == ReportingFrequency.ANNUAL ? Integer.toString(actual.year())
                : l.t("implementation.pdf.period-of-year", Integer.toString(actual.year()),
                actual.periodNo(), frequency.periodsPerYear());
    }

    private static String number(BigDecimal value, DocumentLocale l) {
        NumberFormat format = NumberFormat.getNumberInstance(l.locale());
        format.setMaximumFractionDigits(2);
        return value == null ? "" : format.format(value);
    }

    private static Block.Table table(List<String> header, List<List<String>> rows) {
        List<Block.TableRow> out = new ArrayList<>();
        out.add(new Block.TableRow(header.stream().map(Block.TableCell::of).toList()));
        for (List<String> row : rows) {
            out.add(new Block.TableRow(row.stream().map(s -> Block.TableCell.of(s == null ? "" : s)).toList()));
        }
        return new Block.Table(1, out);
    }
}
