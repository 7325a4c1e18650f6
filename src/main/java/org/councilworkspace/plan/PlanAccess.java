package org.councilworkspace.plan;

import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Resolves a plan or section to its council and applies the council's permission rules to it. */
@Component
class PlanAccess {

    record PlanContext(Plan plan, CouncilMember member) {
    }

    record SectionContext(Plan plan, PlanSectionRecord section, CouncilMember member) {
    }

    private final AccessGuard guard;
    private final PlanRepository plans;
    private final SectionRepository sections;
    private final CouncilService councils;

    PlanAccess(AccessGuard guard, PlanRepository plans, SectionRepository sections, CouncilService councils) {
        this.guard = guard;
        this.plans = plans;
        this.sections = sections;
        this.councils = councils;
    }

    /** The council's document language and calendar, for exports. */
    CouncilLanguage language(long councilId) {
        return councils.language(councilId);
    }

    PlanContext plan(long planId, CouncilAction action) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("Plan"));
        return new PlanContext(plan, guard.require(plan.councilId(), action));
    }

    SectionContext section(long sectionId, CouncilAction action) {
        PlanSectionRecord section = sections.find(sectionId).orElseThrow(() -> new NotFoundException("Section"));
        PlanContext context = plan(section.getPlanId(), action);
        return new SectionContext(context.plan(), section, context.member());
    }

    /** Editing a section: chair, vice-chair, secretariat; members only if they lead it or the council lets all edit. */
    SectionContext editableSection(long sectionId) {
        SectionContext context = section(sectionId, CouncilAction.EDIT_SECTION);
        requireTextOpen(context.plan());
        if (!mayEdit(context.member(), context.plan(), sectionId)) {
            throw new AccessDeniedException("Only the section's lead drafters may edit it");
        }
        return context;
    }

    boolean mayEdit(CouncilMember member, Plan plan, long sectionId) {
        return editRight(member, plan, sectionId) == EditRight.EDITABLE;
    }

    EditRight editRight(CouncilMember member, Plan plan, long sectionId) {
        if (plan.status().textLocked()) {
            return EditRight.TEXT_LOCKED;
        }
        if (!member.may(CouncilAction.EDIT_SECTION)) {
            return EditRight.OBSERVER;
        }
        if (member.role() != CouncilRole.MEMBER) {
            return EditRight.EDITABLE;
        }
        return sections.isLead(sectionId, member.actor().id()) || councils.council(plan.councilId()).membersMayEdit()
                ? EditRight.EDITABLE : EditRight.LEADS_ONLY;
    }

    static void requireTextOpen(Plan plan) {
        if (plan.status().textLocked()) {
            throw new InvalidInputException("status", "plan.text-locked");
        }
    }
}
