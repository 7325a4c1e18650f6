package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.AGENCY_REPORT;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.REPORTING_ROUND;
import static org.councilworkspace.db.Tables.REPORT_REMINDER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.security.CouncilRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reports still to be filled in, who reports for them, and which reminders they have had. */
@Repository
class ReminderRepository {

    /** A report still open for its reporters, with what its reminder names. */
    record OpenReport(long reportId, long councilId, String planTitle, String agencyName, String affiliation,
                      ReportingFrequency frequency, int year, int periodNo, LocalDate deadline) {
    }

    private final DSLContext db;

    ReminderRepository(DSLContext db) {
        this.db = db;
    }

    /** Every report not yet submitted (or returned), with a deadline on or before {@code until}. */
    List<OpenReport> openReports(LocalDate until) {
        return reports(AGENCY_REPORT.STATUS.in(ReportStatus.DRAFT.name(), ReportStatus.RETURNED.name())
                .and(REPORTING_ROUND.DEADLINE.le(until)));
    }

    /** The reports of one round, for the news that it opened. */
    List<OpenReport> reportsOfRound(long roundId) {
        return reports(AGENCY_REPORT.ROUND_ID.eq(roundId));
    }

    private List<OpenReport> reports(Condition condition) {
        return db.select(AGENCY_REPORT.ID, MASTER_PLAN.COUNCIL_ID, MASTER_PLAN.TITLE, AGENCY.NAME, AGENCY.AFFILIATION,
                        REPORTING_ROUND.FREQUENCY, REPORTING_ROUND.PERIOD_YEAR, REPORTING_ROUND.PERIOD_NO,
                        REPORTING_ROUND.DEADLINE)
                .from(AGENCY_REPORT)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(AGENCY_REPORT.ROUND_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(REPORTING_ROUND.PLAN_ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_REPORT.AGENCY_ID))
                .where(condition)
                .orderBy(AGENCY_REPORT.ID)
                .fetch(r -> new OpenReport(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ReportingFrequency.valueOf(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /**
     * The people who report for an agency: current members of the council, other than observers, whose
     * affiliation is the agency's (compared as the register compares it: trimmed, case ignored).
     */
    List<Long> reporters(long councilId, String affiliation, LocalDate today) {
        if (affiliation == null || affiliation.isBlank()) {
            return List.of();
        }
        return db.selectDistinct(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId))
                .and(MEMBERSHIP.ROLE.ne(CouncilRole.OBSERVER.name()))
                .and(CurrentMembership.on(today))
                .and(DSL.lower(DSL.trim(MEMBERSHIP.ORGANIZATION_NAME)).eq(RegisterAccess.normal(affiliation)))
                .fetch(MEMBERSHIP.USER_ID);
    }

    /** Claims a reminder: true for the one caller (of any node) whose row went in, false if it was sent already. */
    boolean claim(long reportId, ReminderStage stage, OffsetDateTime now) {
        return db.insertInto(REPORT_REMINDER).set(REPORT_REMINDER.REPORT_ID, reportId)
                .set(REPORT_REMINDER.STAGE, stage.name()).set(REPORT_REMINDER.SENT_AT, now)
                .onConflictDoNothing().execute() == 1;
    }
}
