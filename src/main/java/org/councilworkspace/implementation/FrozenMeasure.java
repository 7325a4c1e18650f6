package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure as it was frozen with a published plan version, for the portal: the section it sits on, its title, lead
 * agency, the status it stood at, and its KPIs with baseline and targets.
 *
 * @param status null for measures frozen before versions recorded it
 */
public record FrozenMeasure(long sectionId, String title, String leadAgency, MeasureStatus status,
                            List<FrozenKpi> kpis) {

    /** A KPI of the measure as frozen, targets in year order. */
    public record FrozenKpi(String name, String unit, int baselineYear, BigDecimal baselineValue, Direction direction,
                            List<KpiTarget> targets) {
    }
}
