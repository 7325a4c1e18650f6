package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LEAD;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The "what needs me" query that features asking a lead drafter to act share: open things of theirs (comment threads,
 * amendments) counted per section the person leads now, across all their councils in one query. Only sections whose
 * text may still change count, in councils where the person is a current member other than an observer.
 */
public final class LedSectionCounts {

    /** A section the person leads, with how many things on it wait for them. */
    public record LedSection(String councilName, long planId, long sectionId, String title, int count) {
    }

    private static final List<String> LOCKED = PlanStatus.textLockedNames();

    private LedSectionCounts() {
    }

    /**
     * @param things   the table of what is counted
     * @param onSection joins a row of {@code things} to the led section ({@code PLAN_SECTION}) and says which rows
     *                  wait for the lead; it may also ask the lead's current {@code MEMBERSHIP}
     */
    public static List<LedSection> of(DSLContext db, Asked asked, Table<?> things, Condition onSection) {
        var count = DSL.count();
        return db.select(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID, PLAN_SECTION.TITLE, count)
                .from(SECTION_LEAD)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_LEAD.SECTION_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID).and(MEMBERSHIP.ROLE.ne("OBSERVER")))
                .join(things).on(onSection)
                .where(SECTION_LEAD.USER_ID.eq(asked.personId()).and(SECTION_LEAD.ENDED_AT.isNull())
                        .and(PLAN_SECTION.ARCHIVED.isFalse()).and(MASTER_PLAN.STATUS.notIn(LOCKED)))
                .groupBy(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID, PLAN_SECTION.TITLE)
                .orderBy(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID)
                .limit(asked.limit())
                .fetch(r -> new LedSection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
