package org.councilworkspace.consensus;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.MEMBER_POSITION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.security.CouncilRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PositionRepository {

    /** One aggregated row of the matrix: how many current positions of one stance a group holds on a subject. */
    record Count(Long sectionId, StakeholderGroup group, Stance stance, boolean stale, int count) {
    }

    private static final List<String> VOTING = List.of(CouncilRole.CHAIR.name(), CouncilRole.VICE_CHAIR.name(),
            CouncilRole.MEMBER.name());

    private final DSLContext db;

    PositionRepository(DSLContext db) {
        this.db = db;
    }

    void supersede(long planId, Long sectionId, long userId, OffsetDateTime now) {
        db.update(MEMBER_POSITION).set(MEMBER_POSITION.SUPERSEDED_AT, now)
                .where(subject(planId, sectionId).and(MEMBER_POSITION.USER_ID.eq(userId))
                        .and(MEMBER_POSITION.SUPERSEDED_AT.isNull()))
                .execute();
    }

    long insert(long planId, Long sectionId, long userId, Stance stance, String reason, Long revisionId,
                Long planVersionId, OffsetDateTime now) {
        return db.insertInto(MEMBER_POSITION)
                .set(MEMBER_POSITION.PLAN_ID, planId)
                .set(MEMBER_POSITION.SECTION_ID, sectionId)
                .set(MEMBER_POSITION.USER_ID, userId)
                .set(MEMBER_POSITION.STANCE, stance.name())
                .set(MEMBER_POSITION.REASON, reason)
                .set(MEMBER_POSITION.REVISION_ID, revisionId)
                .set(MEMBER_POSITION.PLAN_VERSION_ID, planVersionId)
                .set(MEMBER_POSITION.CREATED_AT, now)
                .returningResult(MEMBER_POSITION.ID)
                .fetchOne(MEMBER_POSITION.ID);
    }

    Long latestPlanVersion(long planId) {
        return db.select(DSL.max(PLAN_VERSION.ID)).from(PLAN_VERSION).where(PLAN_VERSION.PLAN_ID.eq(planId))
                .fetchOne().value1();
    }

    /**
     * The matrix in one aggregated query: current positions of current voting members, by subject,
     * stakeholder group, stance and whether the text has changed since.
     */
    List<Count> counts(long planId, long councilId, LocalDate today) {
        Field<Integer> stale = stale(planId);
        return db.select(MEMBER_POSITION.SECTION_ID, MEMBERSHIP.STAKEHOLDER_GROUP, MEMBER_POSITION.STANCE,
                        stale.as("stale"), DSL.count())
                .from(MEMBER_POSITION)
                .leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(MEMBER_POSITION.USER_ID).and(votingIn(councilId, today)))
                .where(MEMBER_POSITION.PLAN_ID.eq(planId).and(MEMBER_POSITION.SUPERSEDED_AT.isNull()))
                .groupBy(MEMBER_POSITION.SECTION_ID, MEMBERSHIP.STAKEHOLDER_GROUP, MEMBER_POSITION.STANCE, stale)
                .fetch(r -> new Count(r.value1(), StakeholderGroup.valueOf(r.value2()), Stance.valueOf(r.value3()),
                        r.value4() == 1, r.value5()));
    }

    Map<StakeholderGroup, Integer> votingMembers(long councilId, LocalDate today) {
        return db.select(MEMBERSHIP.STAKEHOLDER_GROUP, DSL.count()).from(MEMBERSHIP)
                .where(votingIn(councilId, today))
                .groupBy(MEMBERSHIP.STAKEHOLDER_GROUP)
                .fetchMap(r -> StakeholderGroup.valueOf(r.value1()), r -> r.value2());
    }

    /** Subjects on which this person holds a current position on the current text. */
    List<Long> answeredBy(long planId, long userId) {
        return db.select(MEMBER_POSITION.SECTION_ID).from(MEMBER_POSITION)
                .leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .where(MEMBER_POSITION.PLAN_ID.eq(planId).and(MEMBER_POSITION.USER_ID.eq(userId))
                        .and(MEMBER_POSITION.SUPERSEDED_AT.isNull()).and(stale(planId).eq(0)))
                .fetch(MEMBER_POSITION.SECTION_ID);
    }

    /** Current positions on one subject with who holds them; voting members only. */
    List<Position> onSubject(long planId, Long sectionId, long councilId, LocalDate today) {
        return db.select(MEMBER_POSITION.ID, MEMBER_POSITION.SECTION_ID, MEMBER_POSITION.USER_ID, APP_USER.DISPLAY_NAME,
                        MEMBERSHIP.STAKEHOLDER_GROUP, MEMBERSHIP.ORGANIZATION_NAME, MEMBER_POSITION.STANCE,
                        MEMBER_POSITION.REASON, stale(planId).as("stale"), MEMBER_POSITION.CREATED_AT)
                .from(MEMBER_POSITION)
                .leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(MEMBER_POSITION.USER_ID))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(MEMBER_POSITION.USER_ID).and(votingIn(councilId, today)))
                .where(subject(planId, sectionId).and(MEMBER_POSITION.SUPERSEDED_AT.isNull()))
                .orderBy(MEMBERSHIP.STAKEHOLDER_GROUP, APP_USER.DISPLAY_NAME)
                .fetch(r -> new Position(r.value1(), r.value2(), r.value3(), r.value4(),
                        StakeholderGroup.valueOf(r.value5()), r.value6(), Stance.valueOf(r.value7()), r.value8(),
                        r.value9() == 1, r.value10()));
    }

    /** Every position a person ever took on a subject, newest first: the history of their view. */
    List<Position> history(long planId, Long sectionId, long userId) {
        return db.select(MEMBER_POSITION.ID, MEMBER_POSITION.SECTION_ID, MEMBER_POSITION.USER_ID, APP_USER.DISPLAY_NAME,
                        MEMBER_POSITION.STANCE, MEMBER_POSITION.REASON, MEMBER_POSITION.CREATED_AT,
                        MEMBER_POSITION.SUPERSEDED_AT)
                .from(MEMBER_POSITION)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBER_POSITION.USER_ID))
                .where(subject(planId, sectionId).and(MEMBER_POSITION.USER_ID.eq(userId)))
                .orderBy(MEMBER_POSITION.ID.desc())
                .fetch(r -> new Position(r.value1(), r.value2(), r.value3(), r.value4(), null, null,
                        Stance.valueOf(r.value5()), r.value6(), r.value8() != null, r.value7()));
    }

    java.util.Optional<org.councilworkspace.db.tables.records.MemberPositionRecord> find(long positionId) {
        return db.selectFrom(MEMBER_POSITION).where(MEMBER_POSITION.ID.eq(positionId)).fetchOptional();
    }

    /** Voting members of the council with no current position on the current text of the subject. */
    List<Long> notResponded(long planId, Long sectionId, long councilId, LocalDate today) {
        var answered = DSL.select(MEMBER_POSITION.USER_ID).from(MEMBER_POSITION)
                .leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .where(subject(planId, sectionId).and(MEMBER_POSITION.SUPERSEDED_AT.isNull()).and(stale(planId).eq(0)));
        return db.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(votingIn(councilId, today).and(MEMBERSHIP.USER_ID.notIn(answered)))
                .fetch(MEMBERSHIP.USER_ID);
    }

    /** 1 when the position was given on text that has changed since, else 0 (portable, unlike a boolean). */
    private Field<Integer> stale(long planId) {
        // Constants inlined, not bound: PostgreSQL matches the GROUP BY expression to the SELECT one by its text.
        var latestVersion = DSL.select(DSL.max(PLAN_VERSION.ID)).from(PLAN_VERSION)
                .where(PLAN_VERSION.PLAN_ID.eq(DSL.inline(planId)));
        Field<Long> none = DSL.inline(0L);
        return DSL.when(MEMBER_POSITION.SECTION_ID.isNull()
                                .and(DSL.coalesce(MEMBER_POSITION.PLAN_VERSION_ID, none)
                                        .ne(DSL.coalesce(DSL.field(latestVersion), none))), DSL.inline(1))
                .when(MEMBER_POSITION.SECTION_ID.isNotNull().and(onEarlierText()), DSL.inline(1))
                .otherwise(DSL.inline(0));
    }

    /**
     * The position was given on text older than the section's newest substantive revision. Editorial revisions since
     * then do not count; revision ids grow with time, so "older" is a comparison of ids.
     */
    private static Condition onEarlierText() {
        Field<Long> none = DSL.inline(0L);
        return DSL.coalesce(MEMBER_POSITION.REVISION_ID, none)
                .lt(DSL.coalesce(PLAN_SECTION.SUBSTANTIVE_REVISION_ID, PLAN_SECTION.CURRENT_REVISION_ID, none));
    }

    /** Voting members whose position on the section stands on its current text: what an ordinary save would unsettle. */
    int standingOn(long sectionId, LocalDate today) {
        var councilId = db.select(MASTER_PLAN.COUNCIL_ID).from(MASTER_PLAN).join(PLAN_SECTION)
                .on(PLAN_SECTION.PLAN_ID.eq(MASTER_PLAN.ID)).where(PLAN_SECTION.ID.eq(sectionId)).fetchOne();
        if (councilId == null) {
            return 0;
        }
        return db.fetchCount(DSL.select(MEMBER_POSITION.USER_ID).from(MEMBER_POSITION)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(MEMBER_POSITION.USER_ID)
                        .and(votingIn(councilId.value1(), today)))
                .where(MEMBER_POSITION.SECTION_ID.eq(sectionId).and(MEMBER_POSITION.SUPERSEDED_AT.isNull())
                        .and(onEarlierText().not())));
    }

    /**
     * Holders of positions that stood until the substantive revision {@code revisionId} was saved: given on the
     * substantive revision before it, or on an editorial one after that. Positions already stale before are left out,
     * so a member is asked once per change of meaning, not at every save.
     */
    List<Long> holdersUnsettledBy(long sectionId, long revisionId) {
        Field<Long> previousMark = DSL.field(DSL.select(DSL.max(SECTION_REVISION.ID)).from(SECTION_REVISION)
                .where(SECTION_REVISION.SECTION_ID.eq(sectionId).and(SECTION_REVISION.ID.lt(revisionId))
                        .and(SECTION_REVISION.KIND.ne(RevisionKind.EDITORIAL.name()))));
        return db.selectDistinct(MEMBER_POSITION.USER_ID).from(MEMBER_POSITION)
                .where(MEMBER_POSITION.SECTION_ID.eq(sectionId).and(MEMBER_POSITION.SUPERSEDED_AT.isNull())
                        .and(MEMBER_POSITION.REVISION_ID.lt(revisionId))
                        .and(MEMBER_POSITION.REVISION_ID.ge(previousMark)))
                .fetch(MEMBER_POSITION.USER_ID);
    }

    private static Condition subject(long planId, Long sectionId) {
        return MEMBER_POSITION.PLAN_ID.eq(planId).and(sectionId == null ? MEMBER_POSITION.SECTION_ID.isNull()
                : MEMBER_POSITION.SECTION_ID.eq(sectionId));
    }

    private static Condition votingIn(long councilId, LocalDate today) {
        return MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.ROLE.in(VOTING)).and(CurrentMembership.on(today));
    }
}
