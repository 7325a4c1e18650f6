package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.AGENCY_REPORT;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEASURE;
import static org.councilworkspace.db.Tables.MEASURE_STATUS_CHANGE;
import static org.councilworkspace.db.Tables.REPORTING_ROUND;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.meeting.FollowUp;
import org.councilworkspace.meeting.FollowUpKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What a council's series meetings follow up in the register: delayed measures and overdue reports. */
@Repository
class FollowUpRepository {

    private final DSLContext db;

    FollowUpRepository(DSLContext db) {
        this.db = db;
    }

    List<Long> plansOfCouncil(long councilId) {
        return db.select(MASTER_PLAN.ID).from(MASTER_PLAN).where(MASTER_PLAN.COUNCIL_ID.eq(councilId))
                .orderBy(MASTER_PLAN.ID).fetch(MASTER_PLAN.ID);
    }

    /** Measures delayed now whose status was set to delayed after {@code since} (any time, for null). */
    List<FollowUp> delayedMeasures(long councilId, OffsetDateTime since) {
        Condition changed = MEASURE_STATUS_CHANGE.MEASURE_ID.eq(MEASURE.ID)
                .and(MEASURE_STATUS_CHANGE.STATUS.eq(MeasureStatus.DELAYED.name()));
        if (since != null) {
            changed = changed.and(MEASURE_STATUS_CHANGE.CHANGED_AT.gt(since));
        }
        return db.select(MEASURE.ID, MEASURE.TITLE, AGENCY.NAME).from(MEASURE)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(MEASURE.PLAN_ID))
                .join(AGENCY).on(AGENCY.ID.eq(MEASURE.LEAD_AGENCY_ID))
                .where(MASTER_PLAN.COUNCIL_ID.eq(councilId).and(MEASURE.STATUS.eq(MeasureStatus.DELAYED.name()))
                        .and(DSL.exists(DSL.selectOne().from(MEASURE_STATUS_CHANGE).where(changed))))
                .orderBy(MEASURE.SECTION_ID, MEASURE.ID)
                .fetch(r -> new FollowUp(FollowUpKind.MEASURE, r.value1(), r.value2(), r.value3()));
    }

    /** Reports still to be submitted (or resubmitted) after their deadline. */
    List<FollowUp> overdueReports(long councilId, LocalDate today) {
        return db.select(AGENCY_REPORT.ID, AGENCY.NAME, REPORTING_ROUND.FREQUENCY, REPORTING_ROUND.PERIOD_YEAR,
                        REPORTING_ROUND.PERIOD_NO, MASTER_PLAN.TITLE)
                .from(AGENCY_REPORT)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(AGENCY_REPORT.ROUND_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(REPORTING_ROUND.PLAN_ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_REPORT.AGENCY_ID))
                .where(MASTER_PLAN.COUNCIL_ID.eq(councilId)
                        .and(AGENCY_REPORT.STATUS.in(ReportStatus.DRAFT.name(), ReportStatus.RETURNED.name()))
                        .and(REPORTING_ROUND.DEADLINE.lt(today)))
                .orderBy(REPORTING_ROUND.DEADLINE, AGENCY.NAME)
                .fetch(r -> new FollowUp(FollowUpKind.REPORT, r.value1(), r.value2() + " · " + ReportingRounds.label(
                        ReportingFrequency.valueOf(r.value3()), r.value4(), r.value5()) + " · " + r.value6(),
                        r.value2()));
    }
}
