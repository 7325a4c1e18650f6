package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.PublicCouncil;
import org.councilworkspace.implementation.Actual;
import org.councilworkspace.implementation.Kpi;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.ProgressKpi;
import org.councilworkspace.implementation.ProgressPublication;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.PublishedProgress;
import org.councilworkspace.implementation.SvgTrajectoryChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's public progress tracker: what the council published of its implementation register, as of a day. The
 * current publication is at {@code /plans/{id}/progress}, every earlier one stays at its own address with its date
 * and, for a correction, its reason. Dates are written in the council's calendar, in the reader's language.
 */
@Controller
class ProgressPages {

    /** One row of a KPI's data table: the period, the target for it (if any) and the accepted actual (if any). */
    public record Row(String period, String target, String actual) {
    }

    /** A KPI ready for the page: its chart (escaped SVG), the same numbers as a table, and its status in words. */
    public record ShownKpi(String anchor, String name, String measure, String source, String direction, String svg,
                           String caption, List<Row> rows, String status, String statusClass, String explanation) {
    }

    /** A publication as listed: its address, its dates, and a correction's reason. */
    public record Listed(String href, String asOf, String publishedOn, String reason, boolean shown) {
    }

    private final PortalPages pages;
    private final ProgressTracker tracker;
    private final PublishedDirectory directory;
    private final CouncilService councils;

    ProgressPages(PortalPages pages, ProgressTracker tracker, PublishedDirectory directory, CouncilService councils) {
        this.pages = pages;
        this.tracker = tracker;
        this.directory = directory;
        this.councils = councils;
    }

    @GetMapping("/public/{lang:en|ja|th}/plans/{id:\\d+}/progress")
    String current(@PathVariable String lang, @PathVariable long id, Model model, HttpServletResponse response) {
        return show(lang, tracker.current(id), model, response, "/plans/" + id + "/progress");
    }

    @GetMapping("/public/{lang:en|ja|th}/plans/{id:\\d+}/progress/{publicationId:\\d+}")
    String earlier(@PathVariable String lang, @PathVariable long id, @PathVariable long publicationId, Model model,
                   HttpServletResponse response) {
        return show(lang, tracker.publication(id, publicationId), model, response,
                "/plans/" + id + "/progress/" + publicationId);
    }

    private String show(String lang, PublishedProgress progress, Model model, HttpServletResponse response,
                        String rest) {
        ProgressPublication p = progress.publication();
        PublicCouncil council = directory.council(p.councilId());
        Locale locale = PortalLanguage.of(lang).locale();
        CalendarDates dates = councils.language(p.councilId()).datesFor(locale, pages.zone());
        Texts t = pages.texts(lang);
        pages.page(model, lang, rest, t.get("portal.progress.title", p.planTitle()), response, p.publishedAt());
        List<ProgressPublication> all = tracker.publications(p.planId());
        String base = "/public/" + lang + "/plans/" + p.planId() + "/progress";
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ProgressPublication x = all.get(i);
            listed.add(new Listed(i == 0 ? base : base + "/" + x.id(), dates.date(x.asOf()),
                    dates.date(x.publishedAt().atZoneSameInstant(pages.zone()).toLocalDate()), x.correctionReason(),
                    x.id() == p.id()));
        }
        model.addAttribute("council", council);
        model.addAttribute("publication", p);
        model.addAttribute("progress", progress);
        model.addAttribute("asOf", dates.date(p.asOf()));
        model.addAttribute("publishedOn", listed.stream().filter(Listed::shown).findFirst().orElseThrow().publishedOn());
        model.addAttribute("cycle", dates.years(p.cycleStart(), p.cycleEnd()));
        model.addAttribute("isCurrent", all.get(0).id() == p.id());
        model.addAttribute("currentHref", base);
        model.addAttribute("currentAsOf", dates.date(all.get(0).asOf()));
        model.addAttribute("corrected", p.correctsId() == null ? null : all.stream()
                .filter(x -> x.id() == p.correctsId()).findFirst().map(x -> dates.date(x.asOf())).orElse(null));
        model.addAttribute("publications", listed);
        model.addAttribute("rule", t.get("implementation.rule", p.tolerancePercent(), 2 * p.tolerancePercent()));
        model.addAttribute("description", t.get("portal.progress.description", p.planTitle(), council.name(),
                dates.date(p.asOf())));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        model.addAttribute("kpis", progress.kpis().stream().map(k -> shown(k, p.tolerancePercent(), t, numbers)).toList());
        return "portal/progress";
    }

    private static ShownKpi shown(ProgressKpi k, int tolerance, Texts t, NumberFormat numbers) {
        Kpi kpi = k.kpi();
        String svg = SvgTrajectoryChart.render(kpi, k.actuals(), new SvgTrajectoryChart.Labels(
                kpi.name() + " (" + kpi.unit() + ")", t.get("implementation.chart.path"),
                t.get("implementation.chart.actuals"), v -> number(numbers, v)));
        Actual latest = k.latest();
        String status = t.of(k.status());
        String explanation = k.expected() == null || latest == null ? t.get("implementation.status.no-data", status)
                : t.get("implementation.status.explained", status, number(numbers, latest.value()),
                number(numbers, k.expected()), kpi.unit(), tolerance);
        return new ShownKpi("kpi-" + k.position(), kpi.name(), k.measureTitle(), kpi.dataSource(), t.of(kpi.direction()),
                svg, t.get("implementation.table.caption", kpi.name(), kpi.unit()), rows(kpi, k.actuals(), t, numbers),
                status, "status-" + k.status().name().toLowerCase(Locale.ROOT), explanation);
    }

    /** Baseline first, then every year with a target or an actual; a year's target beside its last period. */
    private static List<Row> rows(Kpi kpi, List<Actual> actuals, Texts t, NumberFormat numbers) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(t.get("implementation.table.baseline", Integer.toString(kpi.baselineYear())), "",
                number(numbers, kpi.baselineValue())));
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        kpi.targets().forEach((KpiTarget x) -> targets.put(x.year(), x.value()));
        Map<Integer, List<Actual>> byYear = new TreeMap<>();
        actuals.forEach(a -> byYear.computeIfAbsent(a.year(), y -> new ArrayList<>()).add(a));
        TreeSet<Integer> years = new TreeSet<>(targets.keySet());
        years.addAll(byYear.keySet());
        for (int year : years) {
            String target = targets.containsKey(year) ? number(numbers, targets.get(year)) : "";
            List<Actual> ofYear = byYear.getOrDefault(year, List.of());
            if (ofYear.isEmpty()) {
                rows.add(new Row(Integer.toString(year), target, ""));
            }
            for (int i = 0; i < ofYear.size(); i++) {
                Actual a = ofYear.get(i);
                rows.add(new Row(period(t, year, a.periodNo(), kpi), i == ofYear.size() - 1 ? target : "",
                        number(numbers, a.value())));
            }
        }
        return rows;
    }

    private static String period(Texts t, int year, int periodNo, Kpi kpi) {
        return switch (kpi.frequency()) {
            case ANNUAL -> Integer.toString(year);
            case HALF_YEARLY -> t.get("implementation.period.half", Integer.toString(year), periodNo);
            case QUARTERLY -> t.get("implementation.period.quarter", Integer.toString(year), periodNo);
        };
    }

    private static String number(NumberFormat numbers, Object value) {
        synchronized (numbers) {
            return numbers.format(value);
        }
    }
}
