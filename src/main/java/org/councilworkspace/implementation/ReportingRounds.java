package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.implementation.ReportDetail.ReportLine;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reporting rounds: opened by the plan's managers; each agency's reporters fill in, save drafts and submit; the
 * managers return a report with a comment or accept it, which turns its values into actuals and locks it.
 */
@Component
class ReportingRounds {

    private record ReportContext(AgencyReport report, long councilId, CouncilMember member) {
    }

    private final ReportingRoundRepository rounds;
    private final KpiRepository kpis;
    private final AgencyRepository agencies;
    private final KpiLedger ledger;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingRounds(ReportingRoundRepository rounds, KpiRepository kpis, AgencyRepository agencies, KpiLedger ledger,
                    RegisterAccess access, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.kpis = kpis;
        this.agencies = agencies;
        this.ledger = ledger;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    long open(long planId, NewRound input) {
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireManager(councilId);
        if (input == null || input.frequency() == null) {
            throw new InvalidInputException("frequency", "validation.required");
        }
        if (input.year() == null || input.year() < RegisterRules.FIRST_YEAR || input.year() > RegisterRules.LAST_YEAR) {
            throw new InvalidInputException("year", "validation.range", String.valueOf(RegisterRules.FIRST_YEAR),
                    String.valueOf(RegisterRules.LAST_YEAR));
        }
        int periods = input.frequency().periodsPerYear();
        if (input.periodNo() == null || input.periodNo() < 1 || input.periodNo() > periods) {
            throw new InvalidInputException("period", "validation.range", 1, periods);
        }
        // A round may be opened late, for a period whose deadline has passed (its reports are overdue at once),
        // but a deadline before the period has even begun cannot be met.
        LocalDate periodStart = LocalDate.of(input.year(), 1, 1).plusMonths(12L / periods * (input.periodNo() - 1));
        if (input.deadline() == null || input.deadline().isBefore(periodStart)) {
            throw new InvalidInputException("deadline", "implementation.deadline-before-period");
        }
        if (rounds.roundExists(planId, input)) {
            throw new InvalidInputException("period", "implementation.round-exists");
        }
        List<Long> reporting = rounds.reportingAgencies(planId, input.frequency());
        if (reporting.isEmpty()) {
            throw new InvalidInputException("frequency", "implementation.round-without-kpis");
        }
        long id = rounds.insertRound(planId, input, me.actor().id(), OffsetDateTime.now(clock));
        reporting.forEach(agencyId -> rounds.insertReport(id, agencyId));
        publish(me, councilId, "REPORTING_ROUND_OPENED", "REPORTING_ROUND", id, label(input.frequency(),
                input.year(), input.periodNo()) + ", deadline " + input.deadline() + ", " + reporting.size()
                + " agencies");
        return id;
    }

    List<ReportingRound> ofPlan(long planId) {
        access.readPlan(planId);
        return rounds.rounds(planId);
    }

    List<AgencyReport> reportsOfRound(long roundId) {
        ReportingRound round = rounds.round(roundId).orElseThrow(() -> new NotFoundException("Reporting round"));
        access.readPlan(round.planId());
        return rounds.reportsOfRound(roundId);
    }

    /** The signed-in member's tasks: the reports of the agencies they report for. Observers have none. */
    List<AgencyReport> tasks(long councilId) {
        CouncilMember me = access.requireReader(councilId);
        if (me.role() == CouncilRole.OBSERVER) {
            return List.of();
        }
        return agencies.affiliation(me.membershipId())
                .map(a -> rounds.reportsOfAffiliation(councilId, RegisterAccess.normal(a))).orElse(List.of());
    }

    ReportDetail detail(long reportId) {
        ReportContext context = context(reportId);
        return new ReportDetail(context.report(), lines(context.report()));
    }

    void saveDraft(long reportId, List<ReportEntry> entries, int expectedVersion) {
        ReportContext context = reporter(reportId);
        Set<Long> covered = lines(context.report()).stream().map(l -> l.kpi().id()).collect(Collectors.toSet());
        List<ReportEntry> clean = new ArrayList<>();
        for (ReportEntry e : entries) {
            if (!covered.contains(e.kpiId())) {
                throw new InvalidInputException("entries", "implementation.kpi-not-in-report");
            }
            Kpi kpi = kpis.find(e.kpiId()).orElseThrow();
            ReportingRound round = context.report().round();
            if (e.value() == null && blank(e.evidenceUrl()) && blank(e.comment())) {
                continue;
            }
            NewActual checked = RegisterRules.actual(kpi, new NewActual(round.year(), round.periodNo(),
                    e.value() == null ? BigDecimal.ZERO : e.value(), e.evidenceUrl(), e.comment()),
                    LocalDate.now(clock));
            clean.add(new ReportEntry(e.kpiId(), e.value(), checked.evidenceUrl(), checked.comment()));
        }
        if (!rounds.touch(reportId, expectedVersion)) {
            throw new ConcurrentChangeException("Report");
        }
        rounds.replaceEntries(reportId, clean);
        publish(context.member(), context.councilId(), "REPORT_DRAFT_SAVED", "AGENCY_REPORT", reportId,
                context.report().agencyName() + ": " + clean.size() + " value(s)");
    }

    void submit(long reportId, int expectedVersion) {
        ReportContext context = reporter(reportId);
        if (lines(context.report()).stream().anyMatch(l -> l.entry() == null || l.entry().value() == null)) {
            throw new InvalidInputException("entries", "implementation.report-incomplete");
        }
        if (!rounds.submit(reportId, expectedVersion, context.member().actor().id(), OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Report");
        }
        publish(context.member(), context.councilId(), "REPORT_SUBMITTED", "AGENCY_REPORT", reportId,
                context.report().agencyName());
    }

    void returnReport(long reportId, String comment, int expectedVersion) {
        ReportContext context = submittedForManager(reportId);
        String why = TextRules.requiredText("comment", comment, 2000);
        if (!rounds.decide(reportId, expectedVersion, ReportStatus.RETURNED, why, context.member().actor().id(),
                OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Report");
        }
        publish(context.member(), context.councilId(), "REPORT_RETURNED", "AGENCY_REPORT", reportId,
                context.report().agencyName() + ": " + why);
    }

    void accept(long reportId, int expectedVersion) {
        ReportContext context = submittedForManager(reportId);
        if (!rounds.decide(reportId, expectedVersion, ReportStatus.ACCEPTED, null, context.member().actor().id(),
                OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Report");
        }
        ReportingRound round = context.report().round();
        long submitter = rounds.submitter(reportId).orElseThrow();
        String label = label(round.frequency(), round.year(), round.periodNo());
        for (ReportLine line : lines(context.report())) {
            ReportEntry e = line.entry();
            ledger.fromAcceptedReport(line.kpi(), new NewActual(round.year(), round.periodNo(), e.value(),
                    e.evidenceUrl(), e.comment()), submitter, label, context.member(), context.councilId());
        }
        publish(context.member(), context.councilId(), "REPORT_ACCEPTED", "AGENCY_REPORT", reportId,
                context.report().agencyName() + ", " + label);
    }

    boolean mayReport(long reportId) {
        ReportContext context = context(reportId);
        return access.reports(context.member(), context.report().agencyId());
    }

    private List<ReportLine> lines(AgencyReport report) {
        List<Kpi> list = kpis.ofAgency(report.round().planId(), report.agencyId(), report.round().frequency());
        Map<Long, ReportEntry> entries = rounds.entries(report.id());
        Map<Long, String> titles = list.isEmpty() ? Map.of()
                : kpis.measureTitles(list.stream().map(Kpi::measureId).toList());
        return list.stream().map(k -> new ReportLine(k, titles.get(k.measureId()), entries.get(k.id()))).toList();
    }

    private ReportContext context(long reportId) {
        AgencyReport report = rounds.report(reportId).orElseThrow(() -> new NotFoundException("Report"));
        long councilId = access.councilOfPlan(report.round().planId());
        return new ReportContext(report, councilId, access.requireReader(councilId));
    }

    /** The agency's own reporter, while the report is still theirs to change (a draft, or returned to them). */
    private ReportContext reporter(long reportId) {
        ReportContext context = context(reportId);
        if (!access.reports(context.member(), context.report().agencyId())) {
            throw new AccessDeniedException("Only the agency's reporters fill in its report");
        }
        if (!context.report().status().editable()) {
            throw new InvalidInputException("status", context.report().status() == ReportStatus.ACCEPTED
                    ? "implementation.report-locked" : "implementation.report-submitted");
        }
        return context;
    }

    private ReportContext submittedForManager(long reportId) {
        ReportContext context = context(reportId);
        access.requireManager(context.councilId());
        if (context.report().status() != ReportStatus.SUBMITTED) {
            throw new InvalidInputException("status", context.report().status() == ReportStatus.ACCEPTED
                    ? "implementation.report-locked" : "implementation.report-not-submitted");
        }
        return context;
    }

    static String label(ReportingFrequency frequency, int year, int periodNo) {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case HALF_YEARLY -> year + " H" + periodNo;
            case QUARTERLY -> year + " Q" + periodNo;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void publish(CouncilMember me, long councilId, String action, String type, long id, String summary) {
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId, action,
                type, Long.toString(id), summary));
    }
}
