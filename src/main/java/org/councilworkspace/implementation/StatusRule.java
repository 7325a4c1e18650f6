package org.councilworkspace.implementation;

import java.util.Comparator;
import java.util.List;

/**
 * The rule behind a KPI's status, kept free of the database so it can be shown, explained and tested on its own.
 * <p>
 * The path is a straight line from the baseline (its value at the end of the baseline year) through each year's
 * target (its value at the end of that year), and flat after the last target. An actual is placed at the end of
 * its period. The shortfall is how far the actual trails the path in the desired direction; the allowance is the
 * council's tolerance as a share of the planned change (last target minus baseline, or of the baseline when the plan
 * is to hold a value). On track: shortfall within the allowance (being ahead is on track). At risk: within twice the
 * allowance. Off track: beyond. No data: nothing reported, or no target to measure against.
 */
public final class StatusRule {

    private StatusRule() {
    }

    /** The time of the end of a period, in years: quarter 2 of 2027 ends at 2026.5, the year 2027 at 2027.0. */
    public static double endOf(int year, int periodNo, ReportingFrequency frequency) {
        return (year - 1) + (double) periodNo / frequency.periodsPerYear();
    }

    /** The value the linear path expects at the given time. */
    public static double expectedAt(int baselineYear, double baselineValue, List<KpiTarget> targets, double time) {
        List<KpiTarget> sorted = targets.stream().sorted(Comparator.comparingInt(KpiTarget::year)).toList();
        double fromTime = baselineYear;
        double fromValue = baselineValue;
        if (time <= fromTime) {
            return baselineValue;
        }
        for (KpiTarget target : sorted) {
            if (target.year() <= baselineYear) {
                continue;
            }
            double toValue = target.value().doubleValue();
            if (time <= target.year()) {
                return fromValue + (toValue - fromValue) * (time - fromTime) / (target.year() - fromTime);
            }
            fromTime = target.year();
            fromValue = toValue;
        }
        return fromValue;
    }

    /** The status of one actual against the value expected at its time. */
    public static KpiStatus status(Direction direction, double baselineValue, double lastTarget, double expected,
                                   double actual, int tolerancePercent) {
        double span = Math.abs(lastTarget - baselineValue);
        if (span == 0) {
            span = Math.max(Math.abs(baselineValue), 1);
        }
        double shortfall = direction == Direction.INCREASE ? expected - actual : actual - expected;
        double allowance = span * tolerancePercent / 100.0;
        // Rounding in the path's arithmetic must not turn an actual exactly on the path into a shortfall.
        double slack = span * 1e-9;
        if (shortfall <= allowance + slack) {
            return KpiStatus.ON_TRACK;
        }
        return shortfall <= 2 * allowance + slack ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
    }

    /** The KPI's status from the current value of each reported period (corrections already applied). */
    public static Assessment assess(Kpi kpi, List<Actual> current, int tolerancePercent) {
        List<KpiTarget> targets = kpi.targets().stream().filter(t -> t.year() > kpi.baselineYear()).toList();
        Actual latest = current.stream()
                .max(Comparator.comparingDouble(a -> endOf(a.year(), a.periodNo(), kpi.frequency()))).orElse(null);
        if (latest == null || targets.isEmpty()) {
            return new Assessment(KpiStatus.NO_DATA, latest, null, tolerancePercent);
        }
        double baseline = kpi.baselineValue().doubleValue();
        double expected = expectedAt(kpi.baselineYear(), baseline, targets,
                endOf(latest.year(), latest.periodNo(), kpi.frequency()));
        double lastTarget = targets.stream().max(Comparator.comparingInt(KpiTarget::year)).orElseThrow()
                .value().doubleValue();
        KpiStatus status = status(kpi.direction(), baseline, lastTarget, expected, latest.value().doubleValue(),
                tolerancePercent);
        return new Assessment(status, latest, expected, tolerancePercent);
    }
}
