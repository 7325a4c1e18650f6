package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LEAD;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

    private final DSLContext db;

    SectionRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long planId, Long parentId, int position, String title, Long copiedFrom, OffsetDateTime now) {
        return db.insertInto(PLAN_SECTION)
                .set(PLAN_SECTION.PLAN_ID, planId)
                .set(PLAN_SECTION.PARENT_ID, parentId)
                .set(PLAN_SECTION.POSITION, position)
                .set(PLAN_SECTION.TITLE, title)
                .set(PLAN_SECTION.COPIED_FROM_SECTION_ID, copiedFrom)
                .set(PLAN_SECTION.CREATED_AT, now)
                .returningResult(PLAN_SECTION.ID)
                .fetchOne(PLAN_SECTION.ID);
    }

    Optional<PlanSectionRecord> find(long sectionId) {
        return db.selectFrom(PLAN_SECTION).where(PLAN_SECTION.ID.eq(sectionId)).fetchOptional();
    }

    /** The section row locked for the rest of the transaction: saves of one section happen one at a time. */
    PlanSectionRecord lock(long sectionId) {
        return db.selectFrom(PLAN_SECTION).where(PLAN_SECTION.ID.eq(sectionId)).forUpdate().fetchSingle();
    }

    /** Every section of a plan, archived ones included, in sibling order; one query for the whole outline. */
    List<PlanSectionRecord> ofPlan(long planId) {
        return db.selectFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(planId))
                .orderBy(PLAN_SECTION.PARENT_ID.nullsFirst(), PLAN_SECTION.POSITION, PLAN_SECTION.ID)
                .fetch();
    }

    /** Revision numbers of the current revisions of a plan's sections, keyed by section. */
    Map<Long, Integer> currentRevisionNumbers(long planId) {
        return currentRevisionNumbers(PLAN_SECTION.PLAN_ID.eq(planId));
    }

    /** The current revision number of one section, keyed by it (empty when it has no text yet). */
    Map<Long, Integer> currentRevisionNumber(long sectionId) {
        return currentRevisionNumbers(PLAN_SECTION.ID.eq(sectionId));
    }

    private Map<Long, Integer> currentRevisionNumbers(org.jooq.Condition which) {
        return db.select(PLAN_SECTION.ID, SECTION_REVISION.REVISION_NO)
                .from(PLAN_SECTION)
                .join(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PLAN_SECTION.CURRENT_REVISION_ID))
                .where(which)
                .fetchMap(PLAN_SECTION.ID, SECTION_REVISION.REVISION_NO);
    }

    int nextPosition(long planId, Long parentId) {
        var parent = parentId == null ? PLAN_SECTION.PARENT_ID.isNull() : PLAN_SECTION.PARENT_ID.eq(parentId);
        Integer max = db.select(DSL.max(PLAN_SECTION.POSITION)).from(PLAN_SECTION)
                .where(PLAN_SECTION.PLAN_ID.eq(planId).and(parent)).fetchOne().value1();
        return max == null ? 0 : max + 1;
    }

    void place(long sectionId, Long parentId, int position) {
        db.update(PLAN_SECTION)
                .set(PLAN_SECTION.PARENT_ID, parentId)
                .set(PLAN_SECTION.POSITION, position)
                .set(PLAN_SECTION.VERSION, PLAN_SECTION.VERSION.plus(1))
                .where(PLAN_SECTION.ID.eq(sectionId))
                .execute();
    }

    void setPosition(long sectionId, int position) {
        db.update(PLAN_SECTION).set(PLAN_SECTION.POSITION, position).where(PLAN_SECTION.ID.eq(sectionId)).execute();
    }

    boolean rename(long sectionId, String title, int expectedVersion) {
        return db.update(PLAN_SECTION)
                .set(PLAN_SECTION.TITLE, title)
                .set(PLAN_SECTION.VERSION, PLAN_SECTION.VERSION.plus(1))
                .where(PLAN_SECTION.ID.eq(sectionId).and(PLAN_SECTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void setArchived(long sectionId, boolean archived) {
        db.update(PLAN_SECTION)
                .set(PLAN_SECTION.ARCHIVED, archived)
                .set(PLAN_SECTION.VERSION, PLAN_SECTION.VERSION.plus(1))
                .where(PLAN_SECTION.ID.eq(sectionId))
                .execute();
    }

    void setState(long sectionId, SectionState state) {
        db.update(PLAN_SECTION)
                .set(PLAN_SECTION.STATE, state.name())
                .set(PLAN_SECTION.VERSION, PLAN_SECTION.VERSION.plus(1))
                .where(PLAN_SECTION.ID.eq(sectionId))
                .execute();
    }

    /** {@code substantive}: the revision changes the meaning, so positions on earlier text no longer stand. */
    void setCurrentRevision(long sectionId, long revisionId, boolean substantive) {
        var update = db.update(PLAN_SECTION).set(PLAN_SECTION.CURRENT_REVISION_ID, revisionId);
        if (substantive) {
            update = update.set(PLAN_SECTION.SUBSTANTIVE_REVISION_ID, revisionId);
        }
        update.where(PLAN_SECTION.ID.eq(sectionId)).execute();
    }

    Map<Long, List<Lead>> leadsOfPlan(long planId) {
        return leads(PLAN_SECTION.PLAN_ID.eq(planId));
    }

    Map<Long, List<Lead>> leadsOfSection(long sectionId) {
        return leads(PLAN_SECTION.ID.eq(sectionId));
    }

    private Map<Long, List<Lead>> leads(org.jooq.Condition which) {
        return db.select(SECTION_LEAD.SECTION_ID, APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(SECTION_LEAD)
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_LEAD.USER_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_LEAD.SECTION_ID))
                .where(which.and(SECTION_LEAD.ENDED_AT.isNull()))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetchGroups(r -> r.value1(), r -> new Lead(r.value2(), r.value3()))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean isLead(long sectionId, long userId) {
        return db.fetchExists(SECTION_LEAD, SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.USER_ID.eq(userId))
                .and(SECTION_LEAD.ENDED_AT.isNull()));
    }

    /** Names people lead drafters of a section, recording who named them and when. */
    void addLeads(long sectionId, Collection<Long> userIds, long by, OffsetDateTime now) {
        for (Long userId : userIds) {
            db.insertInto(SECTION_LEAD)
                    .set(SECTION_LEAD.SECTION_ID, sectionId)
                    .set(SECTION_LEAD.USER_ID, userId)
                    .set(SECTION_LEAD.ADDED_AT, now)
                    .set(SECTION_LEAD.ADDED_BY, by)
                    .execute();
        }
    }

    /** Ends their current naming as lead drafters; the rows stay, so the record shows who removed whom and when. */
    void endLeads(long sectionId, Collection<Long> userIds, long by, OffsetDateTime now) {
        if (userIds.isEmpty()) {
            return;
        }
        db.update(SECTION_LEAD)
                .set(SECTION_LEAD.ENDED_AT, now)
                .set(SECTION_LEAD.ENDED_BY, by)
                .where(SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.USER_ID.in(userIds))
                        .and(SECTION_LEAD.ENDED_AT.isNull()))
                .execute();
    }

    /** Every naming of a lead drafter of the section, current and ended, oldest first. */
    List<LeadTerm> leadHistory(long sectionId) {
        var adder = APP_USER.as("adder");
        var ender = APP_USER.as("ender");
        return db.select(SECTION_LEAD.USER_ID, APP_USER.DISPLAY_NAME, SECTION_LEAD.ADDED_AT, adder.DISPLAY_NAME,
                        SECTION_LEAD.ENDED_AT, ender.DISPLAY_NAME)
                .from(SECTION_LEAD)
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_LEAD.USER_ID))
                .leftJoin(adder).on(adder.ID.eq(SECTION_LEAD.ADDED_BY))
                .leftJoin(ender).on(ender.ID.eq(SECTION_LEAD.ENDED_BY))
                .where(SECTION_LEAD.SECTION_ID.eq(sectionId))
                .orderBy(SECTION_LEAD.ID)
                .fetch(r -> new LeadTerm(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
