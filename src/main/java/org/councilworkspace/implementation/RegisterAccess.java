package org.councilworkspace.implementation;

import java.util.Locale;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the register. The plan's managers (chair, vice-chair, secretariat) maintain every measure; a
 * section's lead drafters maintain the measures on their section; a reporter is a member (not an observer) whose
 * affiliation is the measure's lead agency, and only reporters report actuals. Every member reads.
 */
@Component
class RegisterAccess {

    record MeasureContext(Measure measure, long councilId, CouncilMember member) {
    }

    record KpiContext(Kpi kpi, MeasureContext measure) {
    }

    private final AccessGuard guard;
    private final MeasureRepository measures;
    private final KpiRepository kpis;
    private final AgencyRepository agencies;

    RegisterAccess(AccessGuard guard, MeasureRepository measures, KpiRepository kpis, AgencyRepository agencies) {
        this.guard = guard;
        this.measures = measures;
        this.kpis = kpis;
        this.agencies = agencies;
    }

    long councilOfPlan(long planId) {
        return measures.councilOfPlan(planId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    CouncilMember readPlan(long planId) {
        return guard.require(councilOfPlan(planId), CouncilAction.READ);
    }

    MeasureContext measure(long measureId) {
        Measure measure = measures.find(measureId).orElseThrow(() -> new NotFoundException("Measure"));
        long councilId = councilOfPlan(measure.planId());
        return new MeasureContext(measure, councilId, guard.require(councilId, CouncilAction.READ));
    }

    KpiContext kpi(long kpiId) {
        Kpi kpi = kpis.find(kpiId).orElseThrow(() -> new NotFoundException("KPI"));
        return new KpiContext(kpi, measure(kpi.measureId()));
    }

    /** The member, if they may maintain measures on the section (the plan's managers or its lead drafters). */
    CouncilMember requireMaintainer(long councilId, long sectionId) {
        CouncilMember member = guard.require(councilId, CouncilAction.READ);
        if (!maintains(member, sectionId)) {
            throw new AccessDeniedException(member.role() + " may not maintain measures on section " + sectionId);
        }
        return member;
    }

    boolean maintains(CouncilMember member, long sectionId) {
        if (member.may(CouncilAction.MANAGE_PLAN)) {
            return true;
        }
        return member.may(CouncilAction.EDIT_SECTION) && measures.sectionLeads(sectionId).contains(member.actor().id());
    }

    CouncilMember requireReporter(MeasureContext context) {
        if (!reports(context.member(), context.measure().leadAgencyId())) {
            throw new AccessDeniedException("Only reporters of the lead agency report actuals");
        }
        return context.member();
    }

    /** Observers read only, whatever their affiliation. */
    boolean reports(CouncilMember member, long agencyId) {
        if (member.role() == CouncilRole.OBSERVER) {
            return false;
        }
        Agency agency = agencies.find(agencyId).orElseThrow(() -> new NotFoundException("Agency"));
        return agencies.affiliation(member.membershipId()).map(RegisterAccess::normal)
                .filter(normal(agency.affiliation())::equals).isPresent();
    }

    CouncilMember requireReader(long councilId) {
        return guard.require(councilId, CouncilAction.READ);
    }

    CouncilMember requireManager(long councilId) {
        return guard.require(councilId, CouncilAction.MANAGE_PLAN);
    }

    static String normal(String affiliation) {
        return affiliation.strip().toLowerCase(Locale.ROOT);
    }
}
