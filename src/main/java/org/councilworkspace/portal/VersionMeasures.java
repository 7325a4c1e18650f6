package org.councilworkspace.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.implementation.FrozenMeasure;
import org.councilworkspace.plan.VersionSection;

/**
 * The measures frozen with a published version, written out for its page: each under the section it belongs to,
 * with its lead agency, the status it stood at, and its KPIs' baselines and targets in the council's calendar. The
 * template sets every string as text, so what people typed is escaped there.
 */
final class VersionMeasures {

    /** A measure ready for the page; {@code status} is empty for measures frozen before versions recorded it. */
    public record ShownMeasure(String anchor, String sectionAnchor, String section, String title, String lead,
                               String status, List<ShownKpi> kpis) {
    }

    /** A KPI's row: its name with the unit, the baseline with its year, the targets by year, the desired direction. */
    public record ShownKpi(String name, String baseline, String targets, String direction) {
    }

    private VersionMeasures() {
    }

    static List<ShownMeasure> shown(List<FrozenMeasure> measures, List<VersionSection> sections, CalendarDates dates,
                                    Texts t) {
        Map<Long, String> titles = new HashMap<>();
        sections.forEach(s -> titles.put(s.sectionId(), s.numberedTitle()));
        NumberFormat numbers = NumberFormat.getNumberInstance(dates.locale());
        numbers.setMaximumFractionDigits(4);
        return java.util.stream.IntStream.range(0, measures.size()).mapToObj(i -> {
            FrozenMeasure m = measures.get(i);
            List<ShownKpi> kpis = m.kpis().stream().map(k -> new ShownKpi(k.name() + " (" + k.unit() + ")",
                    t.get("portal.plan.measures.baseline-value", number(numbers, k.baselineValue()),
                            dates.years(k.baselineYear(), k.baselineYear())),
                    k.targets().stream().map(x -> dates.years(x.year(), x.year()) + ": " + number(numbers, x.value()))
                            .collect(Collectors.joining(", ")),
                    t.of(k.direction()))).toList();
            return new ShownMeasure("m" + (i + 1), "s" + m.sectionId(), titles.getOrDefault(m.sectionId(), ""),
                    m.title(), t.get("implementation.frozen.lead", m.leadAgency()),
                    m.status() == null ? "" : t.get("portal.plan.measures.status", t.of(m.status())), kpis);
        }).toList();
    }

    private static String number(NumberFormat numbers, BigDecimal value) {
        return numbers.format(value.stripTrailingZeros());
    }
}
