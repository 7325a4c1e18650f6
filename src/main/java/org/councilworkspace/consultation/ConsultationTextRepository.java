package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.CONSULTATION_ATTACHMENT;
import static org.councilworkspace.db.Tables.CONSULTATION_GROUP;
import static org.councilworkspace.db.Tables.CONSULTATION_RESPONSE;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Submissions and the current answers to them (or to their group), with their round, for the search index. */
@Repository
class ConsultationTextRepository {

    record Row(long submissionId, long roundId, long councilId, long planId, Long sectionId, String roundTitle,
               String name, String organization, String body, OffsetDateTime receivedAt, Long groupId,
               String answer, OffsetDateTime answeredAt, String attachmentName) {
    }

    record GroupAnswer(long responseId, long groupId, long roundId, long councilId, long planId, String roundTitle,
                       String label, String reasoning, OffsetDateTime answeredAt) {
    }

    private final DSLContext db;

    ConsultationTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(long afterId, int limit) {
        return select(CONSULTATION_SUBMISSION.ID.gt(afterId), limit);
    }

    List<Row> one(long submissionId) {
        return select(CONSULTATION_SUBMISSION.ID.eq(submissionId), 1);
    }

    List<Row> ofRound(long roundId) {
        return select(CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId), Integer.MAX_VALUE);
    }

    List<GroupAnswer> groupAnswers(Condition condition) {
        return db.select(CONSULTATION_RESPONSE.ID, CONSULTATION_GROUP.ID, CONSULTATION_ROUND.ID,
                        CONSULTATION_ROUND.COUNCIL_ID, CONSULTATION_ROUND.PLAN_ID, CONSULTATION_ROUND.TITLE,
                        CONSULTATION_GROUP.LABEL, CONSULTATION_RESPONSE.REASONING, CONSULTATION_RESPONSE.RESPONDED_AT)
                .from(CONSULTATION_RESPONSE)
                .join(CONSULTATION_GROUP).on(CONSULTATION_GROUP.ID.eq(CONSULTATION_RESPONSE.GROUP_ID))
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_RESPONSE.ROUND_ID))
                .where(condition.and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()))
                .orderBy(CONSULTATION_RESPONSE.ID)
                .fetch(r -> new GroupAnswer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** An attachment's bytes, read one file at a time (never a page of them at once). */
    byte[] attachmentContent(long submissionId) {
        return db.select(CONSULTATION_ATTACHMENT.CONTENT).from(CONSULTATION_ATTACHMENT)
                .where(CONSULTATION_ATTACHMENT.SUBMISSION_ID.eq(submissionId))
                .fetchOptional(CONSULTATION_ATTACHMENT.CONTENT).orElse(null);
    }

    Optional<Long> roundOfGroup(long groupId) {
        return db.select(CONSULTATION_GROUP.ROUND_ID).from(CONSULTATION_GROUP).where(CONSULTATION_GROUP.ID.eq(groupId))
                .fetchOptional(CONSULTATION_GROUP.ROUND_ID);
    }

    /** Published rounds, a page at a time, for the portal's part of a rebuild. */
    List<Long> publishedRounds(long afterId, int limit) {
        return db.select(CONSULTATION_ROUND.ID).from(CONSULTATION_ROUND)
                .where(CONSULTATION_ROUND.ID.gt(afterId).and(CONSULTATION_ROUND.STATUS.eq(RoundStatus.PUBLISHED.name())))
                .orderBy(CONSULTATION_ROUND.ID).limit(limit).fetch(CONSULTATION_ROUND.ID);
    }

    private List<Row> select(Condition condition, int limit) {
        return db.select(CONSULTATION_SUBMISSION.ID, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.COUNCIL_ID,
                        CONSULTATION_ROUND.PLAN_ID, CONSULTATION_SUBMISSION.SECTION_ID, CONSULTATION_ROUND.TITLE,
                        CONSULTATION_SUBMISSION.SUBMITTER_NAME, CONSULTATION_SUBMISSION.ORGANIZATION_NAME,
                        CONSULTATION_SUBMISSION.BODY, CONSULTATION_SUBMISSION.CREATED_AT,
                        CONSULTATION_SUBMISSION.GROUP_ID, CONSULTATION_RESPONSE.REASONING,
                        CONSULTATION_RESPONSE.RESPONDED_AT, CONSULTATION_ATTACHMENT.FILE_NAME)
                .from(CONSULTATION_SUBMISSION)
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_SUBMISSION.ROUND_ID))
                .leftJoin(CONSULTATION_RESPONSE).on(CONSULTATION_RESPONSE.SUBMISSION_ID.eq(CONSULTATION_SUBMISSION.ID)
                        .and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()))
                .leftJoin(CONSULTATION_ATTACHMENT).on(CONSULTATION_ATTACHMENT.SUBMISSION_ID.eq(CONSULTATION_SUBMISSION.ID))
                .where(condition)
                .orderBy(CONSULTATION_SUBMISSION.ID)
                .limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14()));
    }
}
