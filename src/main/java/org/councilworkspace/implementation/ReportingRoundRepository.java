package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.AGENCY_REPORT;
import static org.councilworkspace.db.Tables.AGENCY_REPORT_ENTRY;
import static org.councilworkspace.db.Tables.KPI;
import static org.councilworkspace.db.Tables.MEASURE;
import static org.councilworkspace.db.Tables.REPORTING_ROUND;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reporting rounds, the agencies' reports in them and what reporters have entered so far. */
@Repository
class ReportingRoundRepository {

    private static final org.jooq.Field<Integer> REPORTS = DSL.field(DSL.selectCount().from(AGENCY_REPORT)
            .where(AGENCY_REPORT.ROUND_ID.eq(REPORTING_ROUND.ID)));
    private static final org.jooq.Field<Integer> ACCEPTED = DSL.field(DSL.selectCount().from(AGENCY_REPORT)
            .where(AGENCY_REPORT.ROUND_ID.eq(REPORTING_ROUND.ID)
                    .and(AGENCY_REPORT.STATUS.eq(ReportStatus.ACCEPTED.name()))));

    private final DSLContext db;

    ReportingRoundRepository(DSLContext db) {
        this.db = db;
    }

    boolean roundExists(long planId, NewRound r) {
        return db.fetchExists(REPORTING_ROUND, REPORTING_ROUND.PLAN_ID.eq(planId)
                .and(REPORTING_ROUND.FREQUENCY.eq(r.frequency().name())).and(REPORTING_ROUND.PERIOD_YEAR.eq(r.year()))
                .and(REPORTING_ROUND.PERIOD_NO.eq(r.periodNo())));
    }

    long insertRound(long planId, NewRound r, long by, OffsetDateTime now) {
        return db.insertInto(REPORTING_ROUND).set(REPORTING_ROUND.PLAN_ID, planId)
                .set(REPORTING_ROUND.FREQUENCY, r.frequency().name()).set(REPORTING_ROUND.PERIOD_YEAR, r.year())
                .set(REPORTING_ROUND.PERIOD_NO, r.periodNo()).set(REPORTING_ROUND.DEADLINE, r.deadline())
                .set(REPORTING_ROUND.OPENED_BY, by).set(REPORTING_ROUND.OPENED_AT, now)
                .returningResult(REPORTING_ROUND.ID).fetchOne(REPORTING_ROUND.ID);
    }

    /** The lead agencies of the plan's measures that have a KPI of the frequency: who must report. */
    List<Long> reportingAgencies(long planId, ReportingFrequency frequency) {
        return db.selectDistinct(MEASURE.LEAD_AGENCY_ID).from(MEASURE).join(KPI).on(KPI.MEASURE_ID.eq(MEASURE.ID))
                .where(MEASURE.PLAN_ID.eq(planId).and(KPI.FREQUENCY.eq(frequency.name())))
                .orderBy(MEASURE.LEAD_AGENCY_ID).fetch(MEASURE.LEAD_AGENCY_ID);
    }

    void insertReport(long roundId, long agencyId) {
        db.insertInto(AGENCY_REPORT).set(AGENCY_REPORT.ROUND_ID, roundId).set(AGENCY_REPORT.AGENCY_ID, agencyId)
                .execute();
    }

    List<ReportingRound> rounds(long planId) {
        return db.select(REPORTING_ROUND.fields()).select(REPORTS, ACCEPTED).from(REPORTING_ROUND)
                .where(REPORTING_ROUND.PLAN_ID.eq(planId))
                .orderBy(REPORTING_ROUND.PERIOD_YEAR.desc(), REPORTING_ROUND.PERIOD_NO.desc(), REPORTING_ROUND.ID)
                .fetch(ReportingRoundRepository::round);
    }

    Optional<ReportingRound> round(long roundId) {
        return db.select(REPORTING_ROUND.fields()).select(REPORTS, ACCEPTED).from(REPORTING_ROUND)
                .where(REPORTING_ROUND.ID.eq(roundId)).fetchOptional(ReportingRoundRepository::round);
    }

    Optional<AgencyReport> report(long reportId) {
        return reports(AGENCY_REPORT.ID.eq(reportId)).stream().findFirst();
    }

    List<AgencyReport> reportsOfRound(long roundId) {
        return reports(AGENCY_REPORT.ROUND_ID.eq(roundId));
    }

    /** The reports of the council's agencies whose affiliation is the given one (already lower-cased and trimmed). */
    List<AgencyReport> reportsOfAffiliation(long councilId, String affiliation) {
        return reports(AGENCY.COUNCIL_ID.eq(councilId)
                .and(DSL.lower(DSL.trim(AGENCY.AFFILIATION)).eq(affiliation)));
    }

    private List<AgencyReport> reports(Condition condition) {
        return db.select(AGENCY_REPORT.fields()).select(AGENCY.NAME).select(REPORTING_ROUND.fields())
                .select(REPORTS, ACCEPTED).from(AGENCY_REPORT)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(AGENCY_REPORT.ROUND_ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_REPORT.AGENCY_ID)).where(condition)
                .orderBy(REPORTING_ROUND.DEADLINE.desc(), AGENCY.NAME)
                .fetch(r -> new AgencyReport(r.get(AGENCY_REPORT.ID), round(r), r.get(AGENCY_REPORT.AGENCY_ID),
                        r.get(AGENCY.NAME), ReportStatus.valueOf(r.get(AGENCY_REPORT.STATUS)),
                        r.get(AGENCY_REPORT.RETURN_COMMENT), r.get(AGENCY_REPORT.SUBMITTED_AT),
                        r.get(AGENCY_REPORT.VERSION)));
    }

    Map<Long, ReportEntry> entries(long reportId) {
        return db.selectFrom(AGENCY_REPORT_ENTRY).where(AGENCY_REPORT_ENTRY.REPORT_ID.eq(reportId)).fetch().stream()
                .collect(Collectors.toMap(r -> r.getKpiId(), r -> new ReportEntry(r.getKpiId(), r.getActualValue(),
                        r.getEvidenceUrl(), r.getComment())));
    }

    void replaceEntries(long reportId, Collection<ReportEntry> entries) {
        db.deleteFrom(AGENCY_REPORT_ENTRY).where(AGENCY_REPORT_ENTRY.REPORT_ID.eq(reportId)).execute();
        for (ReportEntry e : entries) {
            db.insertInto(AGENCY_REPORT_ENTRY).set(AGENCY_REPORT_ENTRY.REPORT_ID, reportId)
                    .set(AGENCY_REPORT_ENTRY.KPI_ID, e.kpiId()).set(AGENCY_REPORT_ENTRY.ACTUAL_VALUE, e.value())
                    .set(AGENCY_REPORT_ENTRY.EVIDENCE_URL, e.evidenceUrl()).set(AGENCY_REPORT_ENTRY.COMMENT, e.comment())
                    .execute();
        }
    }

    boolean touch(long reportId, int expectedVersion) {
        return db.update(AGENCY_REPORT).set(AGENCY_REPORT.VERSION, AGENCY_REPORT.VERSION.plus(1))
                .where(AGENCY_REPORT.ID.eq(reportId).and(AGENCY_REPORT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    boolean submit(long reportId, int expectedVersion, long by, OffsetDateTime now) {
        return db.update(AGENCY_REPORT).set(AGENCY_REPORT.STATUS, ReportStatus.SUBMITTED.name())
                .set(AGENCY_REPORT.SUBMITTED_BY, by).set(AGENCY_REPORT.SUBMITTED_AT, now)
                .set(AGENCY_REPORT.VERSION, AGENCY_REPORT.VERSION.plus(1))
                .where(AGENCY_REPORT.ID.eq(reportId).and(AGENCY_REPORT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    boolean decide(long reportId, int expectedVersion, ReportStatus status, String comment, long by,
                   OffsetDateTime now) {
        var update = db.update(AGENCY_REPORT).set(AGENCY_REPORT.STATUS, status.name())
                .set(AGENCY_REPORT.DECIDED_BY, by).set(AGENCY_REPORT.DECIDED_AT, now)
                .set(AGENCY_REPORT.VERSION, AGENCY_REPORT.VERSION.plus(1));
        if (comment != null) {
            update = update.set(AGENCY_REPORT.RETURN_COMMENT, comment);
        }
        return update.where(AGENCY_REPORT.ID.eq(reportId).and(AGENCY_REPORT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    Optional<Long> submitter(long reportId) {
        return db.select(AGENCY_REPORT.SUBMITTED_BY).from(AGENCY_REPORT).where(AGENCY_REPORT.ID.eq(reportId))
                .fetchOptional(AGENCY_REPORT.SUBMITTED_BY);
    }

    private static ReportingRound round(Record r) {
        return new ReportingRound(r.get(REPORTING_ROUND.ID), r.get(REPORTING_ROUND.PLAN_ID),
                ReportingFrequency.valueOf(r.get(REPORTING_ROUND.FREQUENCY)), r.get(REPORTING_ROUND.PERIOD_YEAR),
                r.get(REPORTING_ROUND.PERIOD_NO), r.get(REPORTING_ROUND.DEADLINE), r.get(REPORTS), r.get(ACCEPTED));
    }
}
