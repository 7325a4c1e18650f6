package org.councilworkspace.implementation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A published snapshot of a plan's progress, with the counts a reader sees first. */
public record PublishedProgress(ProgressPublication publication, List<ProgressMeasure> measures,
                                List<ProgressKpi> kpis) {

    /** How many of an agency's measures stand at each status, for the table by agency. */
    public record AgencyMeasures(String agency, int measures, Map<MeasureStatus, Integer> byStatus) {
    }

    public Map<MeasureStatus, Integer> measuresByStatus() {
        return count(measures.stream().map(ProgressMeasure::status).toList(), MeasureStatus.class);
    }

    public Map<KpiStatus, Integer> kpisByStatus() {
        return count(kpis.stream().map(ProgressKpi::status).toList(), KpiStatus.class);
    }

    /** Agencies in alphabetical order. */
    public List<AgencyMeasures> measuresByAgency() {
        Map<String, List<MeasureStatus>> byAgency = new TreeMap<>();
        measures.forEach(m -> byAgency.computeIfAbsent(m.leadAgency(), a -> new java.util.ArrayList<>())
                .add(m.status()));
        return byAgency.entrySet().stream().map(e -> new AgencyMeasures(e.getKey(), e.getValue().size(),
                count(e.getValue(), MeasureStatus.class))).toList();
    }

    private static <E extends Enum<E>> Map<E, Integer> count(List<E> values, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, 0);
        }
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }
}
