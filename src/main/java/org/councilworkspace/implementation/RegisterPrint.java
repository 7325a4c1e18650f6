package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a plan's register for its PDF, in one read-only transaction, for whoever may read the plan. The document is
 * in the council's language (it is the council's document, whoever downloads it), its date in the reader's zone.
 */
@Component
class RegisterPrint {

    private static final int PAGE = 500;

    private final RegisterAccess access;
    private final MeasureRepository measures;
    private final AgencyRepository agencies;
    private final KpiLedger ledger;
    private final PlanService plans;
    private final CouncilService councils;
    private final CycleCarryOver cycles;
    private final GoalRepository goals;
    private final Clock clock;

    RegisterPrint(RegisterAccess access, MeasureRepository measures, AgencyRepository agencies, KpiLedger ledger,
                  PlanService plans, CouncilService councils, CycleCarryOver cycles, GoalRepository goals,
                  Clock clock) {
        this.goals = goals;
        this.cycles = cycles;
        this.access = access;
        this.measures = measures;
        this.agencies = agencies;
        this.ledger = ledger;
        this.plans = plans;
        this.councils = councils;
        this.clock = clock;
    }

    /** Each aligned measure's goals, for the workbook's goals column; for whoever may read the plan. */
    @Transactional(readOnly = true)
    public Map<Long, List<Goal>> alignment(long planId) {
        access.readPlan(planId);
        return goals.ofMeasuresOfPlan(planId);
    }

    @Transactional(readOnly = true)
    public CouncilDocument document(long planId, ZoneId zone) {
        long councilId = access.readPlan(planId).councilId();
        Plan plan = plans.plan(planId);
        DocumentLocale locale = new DocumentLocale(councils.language(councilId).locale(), zone);
        int tolerance = agencies.tolerance(councilId);
        Dashboard dashboard = new Dashboard(measures.countsByStatus(planId), measures.countsByAgency(planId),
                ledger.countByStatus(planId, tolerance), tolerance);
        List<Measure> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Measure> page = measures.ofPlan(planId, MeasureFilter.ALL, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<PlanKpi> kpis = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PlanKpi> page = ledger.ofPlan(planId, tolerance, offset, PAGE);
            kpis.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        String today = locale.date(LocalDate.now(clock.withZone(zone)));
        return RegisterPdf.document(new RegisterPdf.Contents(councils.council(councilId).name(), plan.title(),
                plan.cycle(), today, dashboard, all, kpis, cycles.evaluation(planId).orElse(null)), locale);
    }
}
