package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.AGENCY_REPORT;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.REPORTING_ROUND;

import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reports a person has to fill in or correct: those of the agencies they report for (a current membership, not as an
 * observer, whose affiliation is the agency's), still a draft or returned, across all their councils in one query.
 */
@Repository
class ReportTaskRepository {

    record DueReport(String councilName, long reportId, String agencyName, LocalDate deadline) {
    }

    private final DSLContext db;

    ReportTaskRepository(DSLContext db) {
        this.db = db;
    }

    List<DueReport> due(Asked asked) {
        return db.select(COUNCIL.NAME, AGENCY_REPORT.ID, AGENCY.NAME, REPORTING_ROUND.DEADLINE)
                .from(AGENCY_REPORT)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(AGENCY_REPORT.ROUND_ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_REPORT.AGENCY_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(AGENCY.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID).and(MEMBERSHIP.ROLE.ne("OBSERVER"))
                        .and(DSL.lower(DSL.trim(MEMBERSHIP.ORGANIZATION_NAME))
                                .eq(DSL.lower(DSL.trim(AGENCY.AFFILIATION)))))
                .where(AGENCY_REPORT.STATUS.in(ReportStatus.DRAFT.name(), ReportStatus.RETURNED.name()))
                .orderBy(REPORTING_ROUND.DEADLINE, AGENCY_REPORT.ID)
                .limit(asked.limit())
                .fetch(r -> new DueReport(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
