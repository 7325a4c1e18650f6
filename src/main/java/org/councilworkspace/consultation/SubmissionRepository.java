package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.CONSULTATION_ATTACHMENT;
import static org.councilworkspace.db.Tables.CONSULTATION_GROUP;
import static org.councilworkspace.db.Tables.CONSULTATION_RESPONSE;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.SearchText;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.db.tables.ConsultationResponse;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

    /** A submission as stored, before it has an id. */
    record Row(long roundId, String receiptNo, String name, String organizationName, OrganizationType type,
               String email, Long sectionId, String body, boolean consent, Long invitationId, String searchText,
               String contentHash, OffsetDateTime createdAt) {
    }

    static final ConsultationResponse OWN = CONSULTATION_RESPONSE.as("own_response");
    static final ConsultationResponse GROUPS = CONSULTATION_RESPONSE.as("group_response");
    /** The answer in force: the submission's own, else its group's. */
    static final Field<String> DISPOSITION = DSL.coalesce(OWN.DISPOSITION, GROUPS.DISPOSITION).as("disposition");

    private final DSLContext db;

    SubmissionRepository(DSLContext db) {
        this.db = db;
    }

    long insert(Row row) {
        return db.insertInto(CONSULTATION_SUBMISSION)
                .set(CONSULTATION_SUBMISSION.ROUND_ID, row.roundId())
                .set(CONSULTATION_SUBMISSION.RECEIPT_NO, row.receiptNo())
                .set(CONSULTATION_SUBMISSION.SUBMITTER_NAME, row.name())
                .set(CONSULTATION_SUBMISSION.ORGANIZATION_NAME, row.organizationName())
                .set(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE, row.type().name())
                .set(CONSULTATION_SUBMISSION.EMAIL, row.email())
                .set(CONSULTATION_SUBMISSION.SECTION_ID, row.sectionId())
                .set(CONSULTATION_SUBMISSION.BODY, row.body())
                .set(CONSULTATION_SUBMISSION.CONSENT_PUBLISH, row.consent())
                .set(CONSULTATION_SUBMISSION.INVITATION_ID, row.invitationId())
                .set(CONSULTATION_SUBMISSION.SEARCH_TEXT, row.searchText())
                .set(CONSULTATION_SUBMISSION.CONTENT_HASH, row.contentHash())
                .set(CONSULTATION_SUBMISSION.STATUS, SubmissionStatus.VISIBLE.name())
                .set(CONSULTATION_SUBMISSION.CREATED_AT, row.createdAt())
                .returningResult(CONSULTATION_SUBMISSION.ID)
                .fetchOne(CONSULTATION_SUBMISSION.ID);
    }

    void insertAttachment(long submissionId, String fileName, byte[] content) {
        db.insertInto(CONSULTATION_ATTACHMENT)
                .set(CONSULTATION_ATTACHMENT.SUBMISSION_ID, submissionId)
                .set(CONSULTATION_ATTACHMENT.FILE_NAME, fileName)
                .set(CONSULTATION_ATTACHMENT.SIZE_BYTES, content.length)
                .set(CONSULTATION_ATTACHMENT.CONTENT, content)
                .execute();
    }

    Optional<Attachment> attachment(long submissionId) {
        return db.select(CONSULTATION_ATTACHMENT.FILE_NAME, CONSULTATION_ATTACHMENT.CONTENT)
                .from(CONSULTATION_ATTACHMENT).where(CONSULTATION_ATTACHMENT.SUBMISSION_ID.eq(submissionId))
                .fetchOptional(r -> new Attachment(r.value1(), r.value2()));
    }

    boolean duplicate(long roundId, String contentHash) {
        return db.fetchExists(CONSULTATION_SUBMISSION, CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId)
                .and(CONSULTATION_SUBMISSION.CONTENT_HASH.eq(contentHash)));
    }

    Optional<Submission> find(long submissionId) {
        return from(selectFields()).where(CONSULTATION_SUBMISSION.ID.eq(submissionId)).fetchOptional(this::toSubmission);
    }

    List<Submission> page(long roundId, SubmissionFilter filter, int offset, int limit) {
        return from(selectFields()).where(condition(roundId, filter))
                .orderBy(CONSULTATION_SUBMISSION.ID).offset(offset).limit(limit)
                .fetch(this::toSubmission);
    }

    /** The first submission after the given id (in the grid's order) that the filter lets through. */
    Optional<Submission> firstAfter(long roundId, SubmissionFilter filter, long afterId) {
        return from(selectFields()).where(condition(roundId, filter).and(CONSULTATION_SUBMISSION.ID.gt(afterId)))
                .orderBy(CONSULTATION_SUBMISSION.ID).limit(1).fetchOptional(this::toSubmission);
    }

    int count(long roundId, SubmissionFilter filter) {
        boolean needsAnswers = filter.answered() != null || filter.disposition() != null;
        var query = needsAnswers ? from(db.selectCount()) : db.selectCount().from(CONSULTATION_SUBMISSION);
        return query.where(condition(roundId, filter)).fetchOne(0, int.class);
    }

    /** Every submission of a round in id order, one at a time, for exports that must not hold 100,000 rows. */
    void each(long roundId, boolean visibleOnly, Consumer<Submission> action) {
        Condition condition = CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId);
        if (visibleOnly) {
            condition = condition.and(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name()));
        }
        try (var cursor = from(selectFields()).where(condition).orderBy(CONSULTATION_SUBMISSION.ID)
                .fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                action.accept(toSubmission(r));
            }
        }
    }

    RoundProgress progress(long roundId) {
        Field<Integer> visible = DSL.count().filterWhere(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name()));
        Field<Integer> answered = DSL.count().filterWhere(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name())
                .and(DSL.coalesce(OWN.DISPOSITION, GROUPS.DISPOSITION).isNotNull()));
        Field<Integer> hidden = DSL.count().filterWhere(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.HIDDEN.name()));
        return from(db.select(visible, answered, hidden)).where(CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId))
                .fetchOne(r -> new RoundProgress(r.value1(), r.value2(), r.value3()));
    }

    boolean hide(long submissionId, String reason, long userId, OffsetDateTime now, int expectedVersion) {
        return db.update(CONSULTATION_SUBMISSION)
                .set(CONSULTATION_SUBMISSION.STATUS, SubmissionStatus.HIDDEN.name())
                .set(CONSULTATION_SUBMISSION.HIDDEN_REASON, reason)
                .set(CONSULTATION_SUBMISSION.HIDDEN_BY, userId)
                .set(CONSULTATION_SUBMISSION.HIDDEN_AT, now)
                .set(CONSULTATION_SUBMISSION.VERSION, CONSULTATION_SUBMISSION.VERSION.plus(1))
                .where(CONSULTATION_SUBMISSION.ID.eq(submissionId).and(CONSULTATION_SUBMISSION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Showing a hidden submission again keeps the old reason on record in the audit trail, not here. */
    boolean show(long submissionId, int expectedVersion) {
        return db.update(CONSULTATION_SUBMISSION)
                .set(CONSULTATION_SUBMISSION.STATUS, SubmissionStatus.VISIBLE.name())
                .set(CONSULTATION_SUBMISSION.VERSION, CONSULTATION_SUBMISSION.VERSION.plus(1))
                .where(CONSULTATION_SUBMISSION.ID.eq(submissionId).and(CONSULTATION_SUBMISSION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void supersedeResponses(Long submissionId, Long groupId, OffsetDateTime now) {
        Condition target = submissionId != null ? CONSULTATION_RESPONSE.SUBMISSION_ID.eq(submissionId)
                : CONSULTATION_RESPONSE.GROUP_ID.eq(groupId);
        db.update(CONSULTATION_RESPONSE).set(CONSULTATION_RESPONSE.SUPERSEDED_AT, now)
                .where(target.and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull())).execute();
    }

    /** Retires the submissions' own answers, so that the answer of the group they are now in applies to them. */
    void supersedeOwnResponses(Collection<Long> submissionIds, OffsetDateTime now) {
        db.update(CONSULTATION_RESPONSE).set(CONSULTATION_RESPONSE.SUPERSEDED_AT, now)
                .where(CONSULTATION_RESPONSE.SUBMISSION_ID.in(submissionIds)
                        .and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull())).execute();
    }

    long insertResponse(long roundId, Long submissionId, Long groupId, Disposition disposition, String reasoning,
                        Long revisionId, long userId, OffsetDateTime now) {
        return db.insertInto(CONSULTATION_RESPONSE)
                .set(CONSULTATION_RESPONSE.ROUND_ID, roundId)
                .set(CONSULTATION_RESPONSE.SUBMISSION_ID, submissionId)
                .set(CONSULTATION_RESPONSE.GROUP_ID, groupId)
                .set(CONSULTATION_RESPONSE.DISPOSITION, disposition.name())
                .set(CONSULTATION_RESPONSE.REASONING, reasoning)
                .set(CONSULTATION_RESPONSE.REVISION_ID, revisionId)
                .set(CONSULTATION_RESPONSE.RESPONDED_BY, userId)
                .set(CONSULTATION_RESPONSE.RESPONDED_AT, now)
                .returningResult(CONSULTATION_RESPONSE.ID)
                .fetchOne(CONSULTATION_RESPONSE.ID);
    }

    /** The responses in force of a round (own and groups'), for results and exports. */
    List<Response> currentResponses(long roundId) {
        return db.select(CONSULTATION_RESPONSE.asterisk(), APP_USER.DISPLAY_NAME).from(CONSULTATION_RESPONSE)
                .join(APP_USER).on(APP_USER.ID.eq(CONSULTATION_RESPONSE.RESPONDED_BY))
                .where(CONSULTATION_RESPONSE.ROUND_ID.eq(roundId).and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()))
                .fetch(r -> {
                    var c = r.into(CONSULTATION_RESPONSE);
                    return new Response(c.getId(), c.getSubmissionId(), c.getGroupId(),
                            Disposition.valueOf(c.getDisposition()), c.getReasoning(), c.getRevisionId(),
                            r.get(APP_USER.DISPLAY_NAME), c.getRespondedAt());
                });
    }

    Optional<Response> currentResponse(Long submissionId, Long groupId) {
        Condition target = submissionId != null ? CONSULTATION_RESPONSE.SUBMISSION_ID.eq(submissionId)
                : CONSULTATION_RESPONSE.GROUP_ID.eq(groupId);
        return db.select(CONSULTATION_RESPONSE.asterisk(), APP_USER.DISPLAY_NAME).from(CONSULTATION_RESPONSE)
                .join(APP_USER).on(APP_USER.ID.eq(CONSULTATION_RESPONSE.RESPONDED_BY))
                .where(target.and(CONSULTATION_RESPONSE.SUPERSEDED_AT.isNull()))
                .fetchOptional(r -> {
                    var c = r.into(CONSULTATION_RESPONSE);
                    return new Response(c.getId(), c.getSubmissionId(), c.getGroupId(),
                            Disposition.valueOf(c.getDisposition()), c.getReasoning(), c.getRevisionId(),
                            r.get(APP_USER.DISPLAY_NAME), c.getRespondedAt());
                });
    }

    /** Counts of visible submissions by one dimension and the answer in force, aggregated in SQL. */
    List<StatsRow> stats(long roundId) {
        Field<String> disposition = DSL.coalesce(OWN.DISPOSITION, GROUPS.DISPOSITION, DSL.inline("NONE"));
        return from(db.select(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE, CONSULTATION_SUBMISSION.SECTION_ID,
                        disposition, DSL.count()))
                .where(CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId)
                        .and(CONSULTATION_SUBMISSION.STATUS.eq(SubmissionStatus.VISIBLE.name())))
                .groupBy(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE, CONSULTATION_SUBMISSION.SECTION_ID, disposition)
                .fetch(r -> new StatsRow(OrganizationType.valueOf(r.value1()), r.value2(),
                        r.value3().equals("NONE") ? null : Disposition.valueOf(r.value3()), r.value4()));
    }

    record StatsRow(OrganizationType type, Long sectionId, Disposition disposition, int count) {
    }

    private List<Field<?>> selectFields() {
        return List.of(CONSULTATION_SUBMISSION.ID, CONSULTATION_SUBMISSION.ROUND_ID, CONSULTATION_SUBMISSION.RECEIPT_NO,
                CONSULTATION_SUBMISSION.SUBMITTER_NAME, CONSULTATION_SUBMISSION.ORGANIZATION_NAME,
                CONSULTATION_SUBMISSION.ORGANIZATION_TYPE, CONSULTATION_SUBMISSION.EMAIL,
                CONSULTATION_SUBMISSION.SECTION_ID, PLAN_SECTION.TITLE, CONSULTATION_SUBMISSION.BODY,
                CONSULTATION_SUBMISSION.CONSENT_PUBLISH, CONSULTATION_SUBMISSION.STATUS,
                CONSULTATION_SUBMISSION.HIDDEN_REASON, CONSULTATION_SUBMISSION.GROUP_ID, CONSULTATION_GROUP.LABEL,
                DSL.field(DSL.exists(DSL.selectOne().from(CONSULTATION_ATTACHMENT)
                        .where(CONSULTATION_ATTACHMENT.SUBMISSION_ID.eq(CONSULTATION_SUBMISSION.ID)))).as("has_attachment"),
                DISPOSITION, CONSULTATION_SUBMISSION.CREATED_AT, CONSULTATION_SUBMISSION.VERSION);
    }

    private <R extends Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        return joins(select.from(CONSULTATION_SUBMISSION));
    }

    private SelectJoinStep<Record> from(List<Field<?>> fields) {
        return joins(db.select(fields).from(CONSULTATION_SUBMISSION));
    }

    private static <R extends Record> SelectJoinStep<R> joins(SelectJoinStep<R> step) {
        step.leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(CONSULTATION_SUBMISSION.SECTION_ID))
                .leftJoin(CONSULTATION_GROUP).on(CONSULTATION_GROUP.ID.eq(CONSULTATION_SUBMISSION.GROUP_ID))
                .leftJoin(OWN).on(OWN.SUBMISSION_ID.eq(CONSULTATION_SUBMISSION.ID).and(OWN.SUPERSEDED_AT.isNull()))
                .leftJoin(GROUPS).on(GROUPS.GROUP_ID.eq(CONSULTATION_SUBMISSION.GROUP_ID).and(GROUPS.SUPERSEDED_AT.isNull()));
        return step;
    }

    static Condition condition(long roundId, SubmissionFilter filter) {
        Condition c = CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId);
        if (filter.sectionId() != null) {
            c = c.and(CONSULTATION_SUBMISSION.SECTION_ID.eq(filter.sectionId()));
        }
        if (filter.organizationType() != null) {
            c = c.and(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE.eq(filter.organizationType().name()));
        }
        if (filter.status() != null) {
            c = c.and(CONSULTATION_SUBMISSION.STATUS.eq(filter.status().name()));
        }
        if (filter.answered() != null) {
            Condition answered = DSL.coalesce(OWN.DISPOSITION, GROUPS.DISPOSITION).isNotNull();
            c = c.and(filter.answered() ? answered : answered.not());
        }
        if (filter.disposition() != null) {
            c = c.and(DSL.coalesce(OWN.DISPOSITION, GROUPS.DISPOSITION).eq(filter.disposition().name()));
        }
        if (filter.groupId() != null) {
            c = c.and(CONSULTATION_SUBMISSION.GROUP_ID.eq(filter.groupId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            c = c.and(CONSULTATION_SUBMISSION.SEARCH_TEXT.like(SearchText.containsPattern(filter.text()), SearchText.ESCAPE));
        }
        return c;
    }

    private Submission toSubmission(Record r) {
        String disposition = r.get(DISPOSITION);
        return new Submission(r.get(CONSULTATION_SUBMISSION.ID), r.get(CONSULTATION_SUBMISSION.ROUND_ID),
                r.get(CONSULTATION_SUBMISSION.RECEIPT_NO), r.get(CONSULTATION_SUBMISSION.SUBMITTER_NAME),
                r.get(CONSULTATION_SUBMISSION.ORGANIZATION_NAME),
                OrganizationType.valueOf(r.get(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE)),
                r.get(CONSULTATION_SUBMISSION.EMAIL), r.get(CONSULTATION_SUBMISSION.SECTION_ID), r.get(PLAN_SECTION.TITLE),
                r.get(CONSULTATION_SUBMISSION.BODY), r.get(CONSULTATION_SUBMISSION.CONSENT_PUBLISH),
                SubmissionStatus.valueOf(r.get(CONSULTATION_SUBMISSION.STATUS)),
                r.get(CONSULTATION_SUBMISSION.HIDDEN_REASON), r.get(CONSULTATION_SUBMISSION.GROUP_ID),
                r.get(CONSULTATION_GROUP.LABEL), r.get("has_attachment", Boolean.class),
                disposition == null ? null : Disposition.valueOf(disposition),
                r.get(CONSULTATION_SUBMISSION.CREATED_AT), r.get(CONSULTATION_SUBMISSION.VERSION));
    }
}
