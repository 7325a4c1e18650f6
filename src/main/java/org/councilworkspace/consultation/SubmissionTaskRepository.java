package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.CONSULTATION_RESPONSE;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Submissions still without an answer, per closed round, in the councils where a person is the secretariat. */
@Repository
class SubmissionTaskRepository {

    record RoundCount(String councilName, long roundId, String title, int unanswered) {
    }

    private final DSLContext db;

    SubmissionTaskRepository(DSLContext db) {
        this.db = db;
    }

    List<RoundCount> unanswered(Asked asked) {
        var own = DSL.selectOne().from(CONSULTATION_RESPONSE)
                .where(CONSULTATION_RESPONSE.SUBMISSION_ID.eq(CONSULTATION_SUBMISSION.ID)
                        .and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()));
        var ofGroup = DSL.selectOne().from(CONSULTATION_RESPONSE)
                .where(CONSULTATION_RESPONSE.GROUP_ID.eq(CONSULTATION_SUBMISSION.GROUP_ID)
                        .and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()));
        return db.select(COUNCIL.NAME, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE, DSL.count())
                .from(CONSULTATION_SUBMISSION)
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_SUBMISSION.ROUND_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(CONSULTATION_ROUND.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID).and(MEMBERSHIP.ROLE.eq("SECRETARIAT")))
                .where(CONSULTATION_ROUND.STATUS.in(RoundStatus.CLOSED.name(), RoundStatus.RESPONDED.name())
                        .and(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name()))
                        .andNotExists(own)
                        .and(CONSULTATION_SUBMISSION.GROUP_ID.isNull().orNotExists(ofGroup)))
                .groupBy(COUNCIL.NAME, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE)
                .orderBy(COUNCIL.NAME, CONSULTATION_ROUND.ID)
                .limit(asked.limit())
                .fetch(r -> new RoundCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
