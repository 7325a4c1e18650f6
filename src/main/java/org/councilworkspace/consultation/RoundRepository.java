package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.CONSULTATION_INVITATION;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND_SECTION;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_VERSION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.council.OrganizationType;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

    private final DSLContext db;

    RoundRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long councilId, long planId, NewRound input, String title, String description, OffsetDateTime closesAt,
                long createdBy, OffsetDateTime now) {
        long id = db.insertInto(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.COUNCIL_ID, councilId)
                .set(CONSULTATION_ROUND.PLAN_ID, planId)
                .set(CONSULTATION_ROUND.PLAN_VERSION_ID, input.planVersionId())
                .set(CONSULTATION_ROUND.TITLE, title)
                .set(CONSULTATION_ROUND.DESCRIPTION, description)
                .set(CONSULTATION_ROUND.KIND, input.kind().name())
                .set(CONSULTATION_ROUND.STATUS, RoundStatus.DRAFT.name())
                .set(CONSULTATION_ROUND.WHOLE_PLAN, input.sectionIds().isEmpty())
                .set(CONSULTATION_ROUND.OPENS_AT, input.opensAt())
                .set(CONSULTATION_ROUND.CLOSES_AT, closesAt)
                .set(CONSULTATION_ROUND.CREATED_BY, createdBy)
                .set(CONSULTATION_ROUND.CREATED_AT, now)
                .returningResult(CONSULTATION_ROUND.ID)
                .fetchOne(CONSULTATION_ROUND.ID);
        for (long sectionId : input.sectionIds()) {
            db.insertInto(CONSULTATION_ROUND_SECTION)
                    .set(CONSULTATION_ROUND_SECTION.ROUND_ID, id)
                    .set(CONSULTATION_ROUND_SECTION.SECTION_ID, sectionId)
                    .execute();
        }
        return id;
    }

    Optional<ConsultationRound> find(long roundId) {
        return select(CONSULTATION_ROUND.ID.eq(roundId)).stream().findFirst();
    }

    List<ConsultationRound> ofCouncil(long councilId) {
        return select(CONSULTATION_ROUND.COUNCIL_ID.eq(councilId));
    }

    /** Open public rounds taking comments now, for the public list. */
    List<ConsultationRound> openPublic(OffsetDateTime now) {
        return select(CONSULTATION_ROUND.KIND.eq(RoundKind.PUBLIC.name())
                .and(CONSULTATION_ROUND.STATUS.eq(RoundStatus.OPEN.name()))
                .and(CONSULTATION_ROUND.OPENS_AT.le(now)).and(CONSULTATION_ROUND.CLOSES_AT.gt(now)));
    }

    List<ConsultationRound> published() {
        return select(CONSULTATION_ROUND.STATUS.eq(RoundStatus.PUBLISHED.name()));
    }

    /** Public rounds set to open later (the portal's "upcoming"), and public rounds closed but not yet published. */
    List<ConsultationRound> publicRounds(RoundStatus status, OffsetDateTime openingAfter) {
        var condition = CONSULTATION_ROUND.KIND.eq(RoundKind.PUBLIC.name())
                .and(CONSULTATION_ROUND.STATUS.eq(status.name()));
        return select(openingAfter == null ? condition : condition.and(CONSULTATION_ROUND.OPENS_AT.gt(openingAfter)));
    }

    List<ConsultationRound> dueToOpen(OffsetDateTime now) {
        return select(CONSULTATION_ROUND.STATUS.eq(RoundStatus.DRAFT.name()).and(CONSULTATION_ROUND.OPENS_AT.le(now)));
    }

    List<ConsultationRound> dueToClose(OffsetDateTime now) {
        return select(CONSULTATION_ROUND.STATUS.eq(RoundStatus.OPEN.name()).and(CONSULTATION_ROUND.CLOSES_AT.le(now)));
    }

    List<ConsultationRound> closingBefore(OffsetDateTime limit) {
        return select(CONSULTATION_ROUND.STATUS.eq(RoundStatus.OPEN.name())
                .and(CONSULTATION_ROUND.CLOSES_AT.le(limit)).and(CONSULTATION_ROUND.CLOSING_NOTIFIED_AT.isNull()));
    }

    boolean markClosingNotified(long roundId, OffsetDateTime now) {
        return db.update(CONSULTATION_ROUND).set(CONSULTATION_ROUND.CLOSING_NOTIFIED_AT, now)
                .where(CONSULTATION_ROUND.ID.eq(roundId).and(CONSULTATION_ROUND.CLOSING_NOTIFIED_AT.isNull()))
                .execute() == 1;
    }

    /** Moves a round on; false when someone else moved it first (the status was no longer the expected one). */
    boolean changeStatus(long roundId, RoundStatus from, RoundStatus to) {
        return db.update(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.STATUS, to.name())
                .set(CONSULTATION_ROUND.VERSION, CONSULTATION_ROUND.VERSION.plus(1))
                .where(CONSULTATION_ROUND.ID.eq(roundId).and(CONSULTATION_ROUND.STATUS.eq(from.name())))
                .execute() == 1;
    }

    /**
     * Reopens a closed round until a new deadline, if it is still in the status read; the closing-soon notice is
     * due again. False when someone else moved the round first.
     */
    boolean reopen(long roundId, RoundStatus from, OffsetDateTime newClosesAt) {
        return db.update(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.STATUS, RoundStatus.OPEN.name())
                .set(CONSULTATION_ROUND.CLOSES_AT, newClosesAt)
                .setNull(CONSULTATION_ROUND.CLOSING_NOTIFIED_AT)
                .set(CONSULTATION_ROUND.VERSION, CONSULTATION_ROUND.VERSION.plus(1))
                .where(CONSULTATION_ROUND.ID.eq(roundId).and(CONSULTATION_ROUND.STATUS.eq(from.name())))
                .execute() == 1;
    }

    /**
     * Invitation links still valid when the round closed run until the new deadline: an invited round reopened
     * for nobody would be no reopening. Links that had expired before the round closed stay expired.
     */
    int extendInvitations(long roundId, OffsetDateTime originalClosesAt, OffsetDateTime newClosesAt) {
        return db.update(CONSULTATION_INVITATION)
                .set(CONSULTATION_INVITATION.EXPIRES_AT, newClosesAt)
                .where(CONSULTATION_INVITATION.ROUND_ID.eq(roundId)
                        .and(CONSULTATION_INVITATION.EXPIRES_AT.ge(originalClosesAt)))
                .execute();
    }

    void setOpensAt(long roundId, OffsetDateTime at) {
        db.update(CONSULTATION_ROUND).set(CONSULTATION_ROUND.OPENS_AT, at).where(CONSULTATION_ROUND.ID.eq(roundId)).execute();
    }

    void setClosesAt(long roundId, OffsetDateTime at) {
        db.update(CONSULTATION_ROUND).set(CONSULTATION_ROUND.CLOSES_AT, at).where(CONSULTATION_ROUND.ID.eq(roundId)).execute();
    }

    void markPublished(long roundId, OffsetDateTime now, Long finalVersionId) {
        db.update(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.PUBLISHED_AT, now)
                .set(CONSULTATION_ROUND.FINAL_VERSION_ID, finalVersionId)
                .where(CONSULTATION_ROUND.ID.eq(roundId)).execute();
    }

    Long latestVersion(long planId) {
        return db.select(PLAN_VERSION.ID).from(PLAN_VERSION).where(PLAN_VERSION.PLAN_ID.eq(planId))
                .orderBy(PLAN_VERSION.MAJOR_NO.desc(), PLAN_VERSION.MINOR_NO.desc()).limit(1)
                .fetchOptional(PLAN_VERSION.ID).orElse(null);
    }

    Optional<Long> planOfVersion(long versionId) {
        return db.select(PLAN_VERSION.PLAN_ID).from(PLAN_VERSION).where(PLAN_VERSION.ID.eq(versionId))
                .fetchOptional(PLAN_VERSION.PLAN_ID);
    }

    Optional<Long> councilOfPlan(long planId) {
        return db.select(MASTER_PLAN.COUNCIL_ID).from(MASTER_PLAN).where(MASTER_PLAN.ID.eq(planId))
                .fetchOptional(MASTER_PLAN.COUNCIL_ID);
    }

    /** The current secretariat of a council, for closing-soon notices sent by the scheduled job. */
    List<Long> secretariat(long councilId, LocalDate today) {
        return db.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                // Current as everywhere else: a membership ended today no longer counts today.
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.ROLE.eq("SECRETARIAT"))
                        .and(CurrentMembership.on(today)))
                .fetch(MEMBERSHIP.USER_ID);
    }

    long insertInvitation(long roundId, String organization, OrganizationType type, String email, String tokenHash,
                          OffsetDateTime expiresAt, OffsetDateTime now) {
        return db.insertInto(CONSULTATION_INVITATION)
                .set(CONSULTATION_INVITATION.ROUND_ID, roundId)
                .set(CONSULTATION_INVITATION.ORGANIZATION_NAME, organization)
                .set(CONSULTATION_INVITATION.ORGANIZATION_TYPE, type.name())
                .set(CONSULTATION_INVITATION.EMAIL, email)
                .set(CONSULTATION_INVITATION.TOKEN_HASH, tokenHash)
                .set(CONSULTATION_INVITATION.EXPIRES_AT, expiresAt)
                .set(CONSULTATION_INVITATION.CREATED_AT, now)
                .returningResult(CONSULTATION_INVITATION.ID)
                .fetchOne(CONSULTATION_INVITATION.ID);
    }

    List<Invitation> invitations(long roundId) {
        var count = DSL.selectCount().from(CONSULTATION_SUBMISSION)
                .where(CONSULTATION_SUBMISSION.INVITATION_ID.eq(CONSULTATION_INVITATION.ID)).asField("submissions");
        return db.select(CONSULTATION_INVITATION.asterisk(), count).from(CONSULTATION_INVITATION)
                .where(CONSULTATION_INVITATION.ROUND_ID.eq(roundId))
                .orderBy(CONSULTATION_INVITATION.ORGANIZATION_NAME)
                .fetch(r -> toInvitation(r, r.get("submissions", Integer.class)));
    }

    Optional<Invitation> invitationByToken(String tokenHash) {
        return db.select(CONSULTATION_INVITATION.asterisk()).from(CONSULTATION_INVITATION)
                .where(CONSULTATION_INVITATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> toInvitation(r, 0));
    }

    private static Invitation toInvitation(Record r, int submissions) {
        var i = r.into(CONSULTATION_INVITATION);
        return new Invitation(i.getId(), i.getRoundId(), i.getOrganizationName(),
                OrganizationType.valueOf(i.getOrganizationType()), i.getEmail(), i.getExpiresAt(), submissions);
    }

    private List<ConsultationRound> select(Condition condition) {
        List<Record> rows = db.select(CONSULTATION_ROUND.asterisk(), MASTER_PLAN.TITLE, PLAN_VERSION.LABEL)
                .from(CONSULTATION_ROUND)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(CONSULTATION_ROUND.PLAN_ID))
                .join(PLAN_VERSION).on(PLAN_VERSION.ID.eq(CONSULTATION_ROUND.PLAN_VERSION_ID))
                .where(condition)
                .orderBy(CONSULTATION_ROUND.OPENS_AT.desc(), CONSULTATION_ROUND.ID.desc())
                .fetch();
        Map<Long, List<Long>> sections = sections(rows.stream().map(r -> r.get(CONSULTATION_ROUND.ID)).toList());
        return rows.stream().map(r -> {
            var c = r.into(CONSULTATION_ROUND);
            return new ConsultationRound(c.getId(), c.getCouncilId(), c.getPlanId(), r.get(MASTER_PLAN.TITLE),
                    c.getPlanVersionId(), r.get(PLAN_VERSION.LABEL), c.getTitle(), c.getDescription(),
                    RoundKind.valueOf(c.getKind()), RoundStatus.valueOf(c.getStatus()), c.getWholePlan(),
                    sections.getOrDefault(c.getId(), List.of()), c.getOpensAt(), c.getClosesAt(), c.getPublishedAt(),
                    c.getFinalVersionId(), c.getVersion());
        }).toList();
    }

    private Map<Long, List<Long>> sections(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return db.select(CONSULTATION_ROUND_SECTION.ROUND_ID, CONSULTATION_ROUND_SECTION.SECTION_ID)
                .from(CONSULTATION_ROUND_SECTION).where(CONSULTATION_ROUND_SECTION.ROUND_ID.in(roundIds))
                .fetch().stream().collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> r.value2(), Collectors.toList())));
    }
}
