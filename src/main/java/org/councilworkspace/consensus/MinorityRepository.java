package org.councilworkspace.consensus;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.MINORITY_OPINION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.MinorityOpinionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class MinorityRepository {

    private final DSLContext db;

    MinorityRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long planId, Long sectionId, long userId, Stance stance, String text, Long sourcePositionId,
                long recordedBy, OffsetDateTime now) {
        return db.insertInto(MINORITY_OPINION)
                .set(MINORITY_OPINION.PLAN_ID, planId)
                .set(MINORITY_OPINION.SECTION_ID, sectionId)
                .set(MINORITY_OPINION.USER_ID, userId)
                .set(MINORITY_OPINION.STANCE, stance.name())
                .set(MINORITY_OPINION.TEXT, text)
                .set(MINORITY_OPINION.SOURCE_POSITION_ID, sourcePositionId)
                .set(MINORITY_OPINION.RECORDED_BY, recordedBy)
                .set(MINORITY_OPINION.RECORDED_AT, now)
                .returningResult(MINORITY_OPINION.ID)
                .fetchOne(MINORITY_OPINION.ID);
    }

    boolean existsForPosition(long positionId) {
        return db.fetchExists(MINORITY_OPINION, MINORITY_OPINION.SOURCE_POSITION_ID.eq(positionId)
                .and(MINORITY_OPINION.WITHDRAWN_AT.isNull()));
    }

    Optional<MinorityOpinionRecord> find(long id) {
        return db.selectFrom(MINORITY_OPINION).where(MINORITY_OPINION.ID.eq(id)).fetchOptional();
    }

    /** Editing the wording asks the member's consent again. */
    boolean updateText(long id, String text, int expectedVersion) {
        return db.update(MINORITY_OPINION)
                .set(MINORITY_OPINION.TEXT, text)
                .set(MINORITY_OPINION.CONSENT_AT, (OffsetDateTime) null)
                .set(MINORITY_OPINION.VERSION, MINORITY_OPINION.VERSION.plus(1))
                .where(MINORITY_OPINION.ID.eq(id).and(MINORITY_OPINION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean consent(long id, int expectedVersion, OffsetDateTime now) {
        return db.update(MINORITY_OPINION)
                .set(MINORITY_OPINION.CONSENT_AT, now)
                .where(MINORITY_OPINION.ID.eq(id).and(MINORITY_OPINION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void withdraw(long id, OffsetDateTime now) {
        db.update(MINORITY_OPINION).set(MINORITY_OPINION.WITHDRAWN_AT, now).where(MINORITY_OPINION.ID.eq(id)).execute();
    }

    List<MinorityOpinion> ofPlan(long planId, long councilId) {
        // The organization the member stood for in this council (their newest membership).
        var organization = DSL.select(MEMBERSHIP.ORGANIZATION_NAME).from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(MINORITY_OPINION.USER_ID).and(MEMBERSHIP.COUNCIL_ID.eq(councilId)))
                .orderBy(MEMBERSHIP.ID.desc()).limit(1).asField("organization");
        return db.select(MINORITY_OPINION.asterisk(), APP_USER.DISPLAY_NAME, organization)
                .from(MINORITY_OPINION)
                .join(APP_USER).on(APP_USER.ID.eq(MINORITY_OPINION.USER_ID))
                .where(MINORITY_OPINION.PLAN_ID.eq(planId).and(MINORITY_OPINION.WITHDRAWN_AT.isNull()))
                .orderBy(MINORITY_OPINION.SECTION_ID.nullsFirst(), MINORITY_OPINION.ID)
                .fetch(r -> {
                    var m = r.into(MINORITY_OPINION);
                    return new MinorityOpinion(m.getId(), m.getSectionId(), m.getUserId(), r.get(APP_USER.DISPLAY_NAME),
                            r.get("organization", String.class), Stance.valueOf(m.getStance()), m.getText(),
                            m.getRecordedAt(), m.getConsentAt() != null, m.getVersion());
                });
    }
}
