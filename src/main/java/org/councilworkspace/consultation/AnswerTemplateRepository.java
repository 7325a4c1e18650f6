package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.CONSULTATION_ANSWER_TEMPLATE;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AnswerTemplateRepository {

    private final DSLContext db;

    AnswerTemplateRepository(DSLContext db) {
        this.db = db;
    }

    /** The council's own wordings; a disposition missing here uses the built-in one. */
    Map<Disposition, AnswerTemplate> ofCouncil(long councilId) {
        Map<Disposition, AnswerTemplate> own = new EnumMap<>(Disposition.class);
        db.selectFrom(CONSULTATION_ANSWER_TEMPLATE).where(CONSULTATION_ANSWER_TEMPLATE.COUNCIL_ID.eq(councilId))
                .forEach(r -> {
                    Disposition d = Disposition.valueOf(r.getDisposition());
                    own.put(d, new AnswerTemplate(d, r.getBody(), r.getVersion()));
                });
        return own;
    }

    /** The council's first own wording for a disposition; the unique key refuses a second one. */
    void insert(long councilId, Disposition disposition, String body, long userId, OffsetDateTime now) {
        db.insertInto(CONSULTATION_ANSWER_TEMPLATE)
                .set(CONSULTATION_ANSWER_TEMPLATE.COUNCIL_ID, councilId)
                .set(CONSULTATION_ANSWER_TEMPLATE.DISPOSITION, disposition.name())
                .set(CONSULTATION_ANSWER_TEMPLATE.BODY, body)
                .set(CONSULTATION_ANSWER_TEMPLATE.CHANGED_BY, userId)
                .set(CONSULTATION_ANSWER_TEMPLATE.CHANGED_AT, now)
                .execute();
    }

    boolean update(long councilId, Disposition disposition, String body, long userId, OffsetDateTime now,
                   int expectedVersion) {
        return db.update(CONSULTATION_ANSWER_TEMPLATE)
                .set(CONSULTATION_ANSWER_TEMPLATE.BODY, body)
                .set(CONSULTATION_ANSWER_TEMPLATE.CHANGED_BY, userId)
                .set(CONSULTATION_ANSWER_TEMPLATE.CHANGED_AT, now)
                .set(CONSULTATION_ANSWER_TEMPLATE.VERSION, CONSULTATION_ANSWER_TEMPLATE.VERSION.plus(1))
                .where(CONSULTATION_ANSWER_TEMPLATE.COUNCIL_ID.eq(councilId)
                        .and(CONSULTATION_ANSWER_TEMPLATE.DISPOSITION.eq(disposition.name()))
                        .and(CONSULTATION_ANSWER_TEMPLATE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
