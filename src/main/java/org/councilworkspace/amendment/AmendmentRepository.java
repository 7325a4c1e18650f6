package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;
import static org.councilworkspace.db.Tables.AMENDMENT_EVENT;
import static org.councilworkspace.db.Tables.AMENDMENT_OPINION;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.db.tables.AppUser;
import org.councilworkspace.db.tables.SectionRevision;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AmendmentRepository {

    private static final AppUser PROPOSER = APP_USER.as("proposer");
    private static final AppUser DECIDER = APP_USER.as("decider");
    private static final SectionRevision BASE = SECTION_REVISION.as("base_rev");
    private static final SectionRevision ACCEPTED = SECTION_REVISION.as("accepted_rev");
    private static final Field<Integer> SUPPORTS = opinions(AmendmentStance.SUPPORT).as("supports");
    private static final Field<Integer> OPPOSES = opinions(AmendmentStance.OPPOSE).as("opposes");

    private final DSLContext db;

    AmendmentRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long planId, long sectionId, long proposerId, Long baseRevisionId, String text, String rationale,
                AmendmentState state, Long conflictRevisionId, OffsetDateTime now) {
        return db.insertInto(AMENDMENT)
                .set(AMENDMENT.PLAN_ID, planId)
                .set(AMENDMENT.SECTION_ID, sectionId)
                .set(AMENDMENT.PROPOSER_ID, proposerId)
                .set(AMENDMENT.BASE_REVISION_ID, baseRevisionId)
                .set(AMENDMENT.PROPOSED_TEXT, text)
                .set(AMENDMENT.RATIONALE, rationale)
                .set(AMENDMENT.STATE, state.name())
                .set(AMENDMENT.CONFLICT_REVISION_ID, conflictRevisionId)
                .set(AMENDMENT.CREATED_AT, now)
                .set(AMENDMENT.UPDATED_AT, now)
                .returningResult(AMENDMENT.ID)
                .fetchOne(AMENDMENT.ID);
    }

    Optional<AmendmentRecord> record(long id) {
        return db.selectFrom(AMENDMENT).where(AMENDMENT.ID.eq(id)).fetchOptional();
    }

    /** Open amendments of a section that start from another revision than the given one, locked for update. */
    List<AmendmentRecord> openBehind(long sectionId, long revisionId) {
        return db.selectFrom(AMENDMENT)
                .where(AMENDMENT.SECTION_ID.eq(sectionId).and(AMENDMENT.STATE.eq(AmendmentState.OPEN.name()))
                        .and(AMENDMENT.BASE_REVISION_ID.isNull().or(AMENDMENT.BASE_REVISION_ID.ne(revisionId))))
                .orderBy(AMENDMENT.ID)
                .forUpdate()
                .fetch();
    }

    /** Changes text, base and state together, only if nobody changed the amendment since {@code version}. */
    boolean rewrite(long id, int version, Long baseRevisionId, String text, String rationale, AmendmentState state,
                    Long conflictRevisionId, OffsetDateTime now) {
        return db.update(AMENDMENT)
                .set(AMENDMENT.BASE_REVISION_ID, baseRevisionId)
                .set(AMENDMENT.PROPOSED_TEXT, text)
                .set(AMENDMENT.RATIONALE, rationale)
                .set(AMENDMENT.STATE, state.name())
                .set(AMENDMENT.CONFLICT_REVISION_ID, conflictRevisionId)
                .set(AMENDMENT.UPDATED_AT, now)
                .set(AMENDMENT.VERSION, AMENDMENT.VERSION.plus(1))
                .where(AMENDMENT.ID.eq(id).and(AMENDMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean decide(long id, int version, AmendmentState state, long deciderId, String reason, OffsetDateTime now) {
        return db.update(AMENDMENT)
                .set(AMENDMENT.STATE, state.name())
                .set(AMENDMENT.DECIDED_BY, deciderId)
                .set(AMENDMENT.DECIDED_AT, now)
                .set(AMENDMENT.DECISION_REASON, reason)
                .set(AMENDMENT.UPDATED_AT, now)
                .set(AMENDMENT.VERSION, AMENDMENT.VERSION.plus(1))
                .where(AMENDMENT.ID.eq(id).and(AMENDMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    /** After an acceptance that could not be applied: back to undecided, flagged as conflicting. */
    void undoAcceptance(long id, long conflictRevisionId, OffsetDateTime now) {
        db.update(AMENDMENT)
                .set(AMENDMENT.STATE, AmendmentState.CONFLICTING.name())
                .setNull(AMENDMENT.DECIDED_BY)
                .setNull(AMENDMENT.DECIDED_AT)
                .set(AMENDMENT.CONFLICT_REVISION_ID, conflictRevisionId)
                .set(AMENDMENT.UPDATED_AT, now)
                .where(AMENDMENT.ID.eq(id))
                .execute();
    }

    void setAcceptedRevision(long id, long revisionId) {
        db.update(AMENDMENT).set(AMENDMENT.ACCEPTED_REVISION_ID, revisionId).where(AMENDMENT.ID.eq(id)).execute();
    }

    Optional<Amendment> find(long id) {
        return select().where(AMENDMENT.ID.eq(id)).fetchOptional(AmendmentRepository::toAmendment);
    }

    /** A page of a plan's amendments, newest first, with their counts in the same query. */
    List<Amendment> page(long planId, Collection<AmendmentState> states, int offset, int limit) {
        return select().where(ofPlan(planId, states))
                .orderBy(AMENDMENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(AmendmentRepository::toAmendment);
    }

    int count(long planId, Collection<AmendmentState> states) {
        return db.fetchCount(AMENDMENT, ofPlan(planId, states));
    }

    /** How many of the plan's amendments are in each state, in one aggregated query. */
    Map<AmendmentState, Integer> countsByState(long planId) {
        Map<AmendmentState, Integer> counts = new java.util.EnumMap<>(AmendmentState.class);
        db.select(AMENDMENT.STATE, DSL.count()).from(AMENDMENT).where(AMENDMENT.PLAN_ID.eq(planId))
                .groupBy(AMENDMENT.STATE)
                .forEach(r -> counts.put(AmendmentState.valueOf(r.value1()), r.value2()));
        return counts;
    }

    List<Amendment> ofSection(long sectionId, Collection<AmendmentState> states, int limit) {
        return select().where(AMENDMENT.SECTION_ID.eq(sectionId)
                        .and(AMENDMENT.STATE.in(states.stream().map(Enum::name).toList())))
                .orderBy(AMENDMENT.ID.desc())
                .limit(limit)
                .fetch(AmendmentRepository::toAmendment);
    }

    String revisionBody(long revisionId) {
        return db.select(SECTION_REVISION.BODY).from(SECTION_REVISION).where(SECTION_REVISION.ID.eq(revisionId))
                .fetchOne(SECTION_REVISION.BODY);
    }

    /** The texts of several revisions in one query. */
    Map<Long, String> revisionBodies(Collection<Long> revisionIds) {
        return db.select(SECTION_REVISION.ID, SECTION_REVISION.BODY).from(SECTION_REVISION)
                .where(SECTION_REVISION.ID.in(revisionIds))
                .fetchMap(SECTION_REVISION.ID, SECTION_REVISION.BODY);
    }

    void supersedeOpinion(long amendmentId, long userId, OffsetDateTime now) {
        db.update(AMENDMENT_OPINION).set(AMENDMENT_OPINION.SUPERSEDED_AT, now)
                .where(AMENDMENT_OPINION.AMENDMENT_ID.eq(amendmentId).and(AMENDMENT_OPINION.USER_ID.eq(userId))
                        .and(AMENDMENT_OPINION.SUPERSEDED_AT.isNull()))
                .execute();
    }

    void insertOpinion(long amendmentId, long userId, AmendmentStance stance, String reason, OffsetDateTime now) {
        db.insertInto(AMENDMENT_OPINION)
                .set(AMENDMENT_OPINION.AMENDMENT_ID, amendmentId)
                .set(AMENDMENT_OPINION.USER_ID, userId)
                .set(AMENDMENT_OPINION.STANCE, stance.name())
                .set(AMENDMENT_OPINION.REASON, reason)
                .set(AMENDMENT_OPINION.CREATED_AT, now)
                .execute();
    }

    List<Opinion> opinions(long amendmentId) {
        return db.select(AMENDMENT_OPINION.USER_ID, APP_USER.DISPLAY_NAME, AMENDMENT_OPINION.STANCE,
                        AMENDMENT_OPINION.REASON, AMENDMENT_OPINION.CREATED_AT)
                .from(AMENDMENT_OPINION)
                .join(APP_USER).on(APP_USER.ID.eq(AMENDMENT_OPINION.USER_ID))
                .where(AMENDMENT_OPINION.AMENDMENT_ID.eq(amendmentId).and(AMENDMENT_OPINION.SUPERSEDED_AT.isNull()))
                .orderBy(AMENDMENT_OPINION.CREATED_AT, AMENDMENT_OPINION.ID)
                .fetch(r -> new Opinion(r.value1(), r.value2(), AmendmentStance.valueOf(r.value3()), r.value4(),
                        r.value5()));
    }

    void insertStep(long amendmentId, AmendmentStep.Kind kind, Long actorId, String reason, Long revisionId,
                    OffsetDateTime now) {
        db.insertInto(AMENDMENT_EVENT)
                .set(AMENDMENT_EVENT.AMENDMENT_ID, amendmentId)
                .set(AMENDMENT_EVENT.KIND, kind.name())
                .set(AMENDMENT_EVENT.ACTOR_ID, actorId)
                .set(AMENDMENT_EVENT.HAPPENED_AT, now)
                .set(AMENDMENT_EVENT.REASON, reason)
                .set(AMENDMENT_EVENT.REVISION_ID, revisionId)
                .execute();
    }

    List<AmendmentStep> steps(long amendmentId) {
        return db.select(AMENDMENT_EVENT.KIND, APP_USER.DISPLAY_NAME, AMENDMENT_EVENT.HAPPENED_AT,
                        AMENDMENT_EVENT.REASON, SECTION_REVISION.REVISION_NO)
                .from(AMENDMENT_EVENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AMENDMENT_EVENT.ACTOR_ID))
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(AMENDMENT_EVENT.REVISION_ID))
                .where(AMENDMENT_EVENT.AMENDMENT_ID.eq(amendmentId))
                .orderBy(AMENDMENT_EVENT.ID)
                .fetch(r -> new AmendmentStep(AmendmentStep.Kind.valueOf(r.value1()), r.value2(), r.value3(),
                        r.value4(), r.value5()));
    }

    private static Condition ofPlan(long planId, Collection<AmendmentState> states) {
        Condition condition = AMENDMENT.PLAN_ID.eq(planId);
        return states == null || states.isEmpty() ? condition
                : condition.and(AMENDMENT.STATE.in(states.stream().map(Enum::name).toList()));
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(AMENDMENT.asterisk(), PLAN_SECTION.TITLE, PROPOSER.DISPLAY_NAME, DECIDER.DISPLAY_NAME,
                        BASE.REVISION_NO, ACCEPTED.REVISION_NO, SUPPORTS, OPPOSES)
                .from(AMENDMENT)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(AMENDMENT.SECTION_ID))
                .join(PROPOSER).on(PROPOSER.ID.eq(AMENDMENT.PROPOSER_ID))
                .leftJoin(DECIDER).on(DECIDER.ID.eq(AMENDMENT.DECIDED_BY))
                .leftJoin(BASE).on(BASE.ID.eq(AMENDMENT.BASE_REVISION_ID))
                .leftJoin(ACCEPTED).on(ACCEPTED.ID.eq(AMENDMENT.ACCEPTED_REVISION_ID));
    }

    /** Counted in the row's own query, so a page of amendments costs one round trip. */
    private static Field<Integer> opinions(AmendmentStance stance) {
        return DSL.field(DSL.selectCount().from(AMENDMENT_OPINION)
                .where(AMENDMENT_OPINION.AMENDMENT_ID.eq(AMENDMENT.ID)
                        .and(AMENDMENT_OPINION.SUPERSEDED_AT.isNull())
                        .and(AMENDMENT_OPINION.STANCE.eq(DSL.inline(stance.name())))));
    }

    private static Amendment toAmendment(Record r) {
        AmendmentRecord a = r.into(AMENDMENT);
        return new Amendment(a.getId(), a.getPlanId(), a.getSectionId(), r.get(PLAN_SECTION.TITLE), a.getProposerId(),
                r.get(PROPOSER.DISPLAY_NAME), a.getBaseRevisionId(), r.get(BASE.REVISION_NO), a.getProposedText(),
                a.getRationale(), AmendmentState.valueOf(a.getState()), a.getCreatedAt(), a.getUpdatedAt(),
                r.get(DECIDER.DISPLAY_NAME), a.getDecidedAt(), a.getDecisionReason(), r.get(ACCEPTED.REVISION_NO),
                r.get(SUPPORTS), r.get(OPPOSES), a.getVersion());
    }
}
