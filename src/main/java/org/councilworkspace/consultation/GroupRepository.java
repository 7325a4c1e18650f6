package org.councilworkspace.consultation;

import static org.councilworkspace.consultation.SubmissionRepository.GROUPS;
import static org.councilworkspace.db.Tables.CONSULTATION_GROUP;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Groups of similar submissions answered as one: the groups themselves and who is in which. */
@Repository
class GroupRepository {

    private final DSLContext db;

    GroupRepository(DSLContext db) {
        this.db = db;
    }

    long insertGroup(long roundId, String label, long userId, OffsetDateTime now) {
        return db.insertInto(CONSULTATION_GROUP)
                .set(CONSULTATION_GROUP.ROUND_ID, roundId)
                .set(CONSULTATION_GROUP.LABEL, label)
                .set(CONSULTATION_GROUP.CREATED_BY, userId)
                .set(CONSULTATION_GROUP.CREATED_AT, now)
                .returningResult(CONSULTATION_GROUP.ID)
                .fetchOne(CONSULTATION_GROUP.ID);
    }

    Optional<Long> roundOfGroup(long groupId) {
        return db.select(CONSULTATION_GROUP.ROUND_ID).from(CONSULTATION_GROUP).where(CONSULTATION_GROUP.ID.eq(groupId))
                .fetchOptional(CONSULTATION_GROUP.ROUND_ID);
    }

    List<Group> groups(long roundId) {
        var members = DSL.selectCount().from(CONSULTATION_SUBMISSION)
                .where(CONSULTATION_SUBMISSION.GROUP_ID.eq(CONSULTATION_GROUP.ID)).asField("members");
        return db.select(CONSULTATION_GROUP.ID, CONSULTATION_GROUP.LABEL, members, GROUPS.DISPOSITION)
                .from(CONSULTATION_GROUP)
                .leftJoin(GROUPS).on(GROUPS.GROUP_ID.eq(CONSULTATION_GROUP.ID).and(GROUPS.SUPERSEDED_AT.isNull()))
                .where(CONSULTATION_GROUP.ROUND_ID.eq(roundId))
                .orderBy(CONSULTATION_GROUP.ID)
                .fetch(r -> new Group(r.value1(), roundId, r.value2(), r.get("members", Integer.class),
                        r.value4() == null ? null : Disposition.valueOf(r.value4())));
    }

    void setGroup(Collection<Long> submissionIds, Long groupId) {
        db.update(CONSULTATION_SUBMISSION)
                .set(CONSULTATION_SUBMISSION.GROUP_ID, groupId)
                .set(CONSULTATION_SUBMISSION.VERSION, CONSULTATION_SUBMISSION.VERSION.plus(1))
                .where(CONSULTATION_SUBMISSION.ID.in(submissionIds)).execute();
    }

    /** Ids and texts of the visible, ungrouped submissions of a round, for suggesting groups. */
    List<SimilarityInput> ungrouped(long roundId, int limit) {
        return db.select(CONSULTATION_SUBMISSION.ID, CONSULTATION_SUBMISSION.SECTION_ID, CONSULTATION_SUBMISSION.BODY)
                .from(CONSULTATION_SUBMISSION)
                .where(CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId)
                        .and(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name()))
                        .and(CONSULTATION_SUBMISSION.GROUP_ID.isNull()))
                .orderBy(CONSULTATION_SUBMISSION.ID).limit(limit)
                .fetch(r -> new SimilarityInput(r.value1(), r.value2(), r.value3()));
    }

    record SimilarityInput(long id, Long sectionId, String text) {
    }
}
