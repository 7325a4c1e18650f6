package org.councilworkspace.plan;

/** A council's master plan for one cycle. */
public record Plan(long id, long councilId, String title, int cycleStart, int cycleEnd, String nationalPlan,
                   PlanStatus status, Long previousPlanId, int version) {

    public String cycle() {
        return cycleStart + "–" + cycleEnd;
    }
}
