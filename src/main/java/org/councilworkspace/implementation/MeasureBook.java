package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.implementation.RegisterAccess.MeasureContext;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Changes to agencies, the tolerance and measures: checked, stored and put on the audit record. */
@Component
class MeasureBook {

    private final AgencyRepository agencies;
    private final MeasureRepository measures;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OutlineService outline;

    MeasureBook(AgencyRepository agencies, MeasureRepository measures, RegisterAccess access,
                ApplicationEventPublisher events, Clock clock, OutlineService outline) {
        this.outline = outline;
        this.agencies = agencies;
        this.measures = measures;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    long addAgency(long councilId, String name, String affiliation) {
        CouncilMember me = access.requireManager(councilId);
        String agencyName = TextRules.requiredLine("name", name, 200);
        String linked = affiliation == null || affiliation.isBlank() ? agencyName
                : TextRules.requiredLine("affiliation", affiliation, 200);
        if (agencies.nameTaken(councilId, agencyName, -1)) {
            throw new InvalidInputException("name", "implementation.agency-exists");
        }
        long id = agencies.insert(councilId, agencyName, linked, OffsetDateTime.now(clock));
        publish(me, councilId, "AGENCY_ADDED", "AGENCY", id, agencyName + " (members of " + linked + ")");
        return id;
    }

    void setTolerance(long councilId, Integer percent) {
        CouncilMember me = access.requireManager(councilId);
        if (percent == null || percent < 0 || percent > 100) {
            throw new InvalidInputException("tolerance", "validation.range", 0, 100);
        }
        agencies.setTolerance(councilId, percent);
        publish(me, councilId, "KPI_TOLERANCE_CHANGED", "COUNCIL", councilId, percent + "%");
    }

    /** The sections the signed-in member may put measures on: all for the plan's managers, else those they lead. */
    List<OutlineNode> maintainableSections(long planId) {
        CouncilMember me = access.readPlan(planId);
        boolean manages = me.may(CouncilAction.MANAGE_PLAN);
        boolean drafts = me.may(CouncilAction.EDIT_SECTION);
        return outline.outline(planId, false).stream().filter(n -> manages
                || drafts && n.leads().stream().anyMatch(l -> l.userId() == me.actor().id())).toList();
    }

    long createMeasure(long planId, NewMeasure input) {
        long councilId = access.readPlan(planId).councilId();
        CouncilMember me = access.requireMaintainer(councilId, requiredSection(input));
        NewMeasure measure = validate(councilId, planId, input);
        long id = measures.insert(planId, measure, me.actor().id(), OffsetDateTime.now(clock));
        publish(me, councilId, "MEASURE_CREATED", "MEASURE", id, measure.title() + " on section "
                + measure.sectionId());
        return id;
    }

    void updateMeasure(long measureId, NewMeasure input, int expectedVersion) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        access.requireMaintainer(context.councilId(), requiredSection(input));
        NewMeasure measure = validate(context.councilId(), context.measure().planId(), input);
        if (!measures.update(measureId, measure, expectedVersion)) {
            throw new ConcurrentChangeException("Measure");
        }
        publish(me, context.councilId(), "MEASURE_CHANGED", "MEASURE", measureId, measure.title());
    }

    void changeStatus(long measureId, MeasureStatus status, String reason, int expectedVersion) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        String why = RegisterRules.statusReason(status, reason);
        if (status == context.measure().status()) {
            throw new InvalidInputException("status", "implementation.status-unchanged");
        }
        if (!measures.changeStatus(measureId, status, why, expectedVersion, me.actor().id(),
                OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Measure");
        }
        publish(me, context.councilId(), "MEASURE_STATUS_CHANGED", "MEASURE", measureId,
                context.measure().status() + " → " + status + (why == null ? "" : ": " + why));
    }

    private static long requiredSection(NewMeasure input) {
        if (input == null || input.sectionId() == null) {
            throw new InvalidInputException("section", "validation.required");
        }
        return input.sectionId();
    }

    private NewMeasure validate(long councilId, long planId, NewMeasure input) {
        Set<Long> ids = agencies.ofCouncil(councilId).stream().map(Agency::id).collect(Collectors.toSet());
        NewMeasure measure = RegisterRules.measure(input, ids);
        long sectionPlan = measures.planOfSection(measure.sectionId())
                .orElseThrow(() -> new InvalidInputException("section", "implementation.section-other-plan"));
        if (sectionPlan != planId) {
            throw new InvalidInputException("section", "implementation.section-other-plan");
        }
        return measure;
    }

    private void publish(CouncilMember me, long councilId, String action, String type, long id, String summary) {
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId, action,
                type, Long.toString(id), summary));
    }
}
