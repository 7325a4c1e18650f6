package org.councilworkspace.implementation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation of a plan's previous cycle, for the new plan's drafters: every KPI of the previous plan with its
 * outcome. The rule: a KPI is judged by its last target within the previous cycle (the last target of all if none
 * falls within it), against the value reported for the latest period of that target's year. Met: that value reached
 * the target in the desired direction. Missed: it did not. No data: nothing was reported for the target's year.
 */
public record CycleEvaluation(long previousPlanId, String previousPlanTitle, String previousCycle,
                              List<KpiOutcome> kpis) {

    public CycleEvaluation {
        kpis = List.copyOf(kpis);
    }

    public long count(TargetOutcome outcome) {
        return kpis.stream().filter(k -> k.outcome() == outcome).count();
    }

    /** The target a KPI is judged by at the end of a cycle that ends in {@code cycleEnd}. */
    static Optional<KpiTarget> judgedTarget(Kpi kpi, int cycleEnd) {
        Comparator<KpiTarget> byYear = Comparator.comparingInt(KpiTarget::year);
        return kpi.targets().stream().filter(t -> t.year() <= cycleEnd).max(byYear)
                .or(() -> kpi.targets().stream().max(byYear));
    }

    /** The value of the latest reported period of the target's year, from each period's current value. */
    static Optional<Actual> judgedActual(KpiTarget target, List<Actual> current) {
        return current.stream().filter(a -> a.year() == target.year()).max(Comparator.comparingInt(Actual::periodNo));
    }

    static TargetOutcome outcome(Direction direction, KpiTarget target, Actual actual) {
        if (target == null || actual == null) {
            return TargetOutcome.NO_DATA;
        }
        int comparison = actual.value().compareTo(target.value());
        boolean met = direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
        return met ? TargetOutcome.MET : TargetOutcome.MISSED;
    }
}
