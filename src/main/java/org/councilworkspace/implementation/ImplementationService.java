package org.councilworkspace.implementation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.implementation.RegisterAccess.MeasureContext;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation register of a council's plans: agencies, measures on the plan's sections, their KPIs and
 * reported actuals, and the plan's dashboard. Who may do what is decided here (see {@link RegisterAccess}).
 */
@Service
@Transactional
public class ImplementationService {

    private final AgencyRepository agencies;
    private final MeasureRepository measures;
    private final KpiLedger ledger;
    private final RegisterAccess access;
    private final AccessGuard guard;
    private final PlanService planService;
    private final OutlineService outline;
    private final MeasureBook book;
    private final ReportingRounds reporting;
    private final RegisterPrint print;
    private final RegisterImport imports;
    private final CycleCarryOver cycles;

    ImplementationService(AgencyRepository agencies, MeasureRepository measures, KpiLedger ledger,
                          RegisterAccess access, AccessGuard guard, PlanService planService,
                          OutlineService outline, MeasureBook book, ReportingRounds reporting,
                          RegisterPrint print, RegisterImport imports, CycleCarryOver cycles) {
        this.cycles = cycles;
        this.reporting = reporting;
        this.print = print;
        this.imports = imports;
        this.planService = planService;
        this.outline = outline;
        this.agencies = agencies;
        this.measures = measures;
        this.ledger = ledger;
        this.access = access;
        this.guard = guard;
        this.book = book;
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return agencies.ofCouncil(councilId);
    }

    /** The affiliations the council's current members give, so an agency can be linked to its people. */
    @Transactional(readOnly = true)
    public List<String> memberAffiliations(long councilId) {
        access.requireManager(councilId);
        return agencies.memberAffiliations(councilId);
    }

    public long addAgency(long councilId, String name, String affiliation) {
        return book.addAgency(councilId, name, affiliation);
    }

    @Transactional(readOnly = true)
    public int tolerance(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return agencies.tolerance(councilId);
    }

    public void setTolerance(long councilId, Integer percent) {
        book.setTolerance(councilId, percent);
    }

    public long createMeasure(long planId, NewMeasure input) {
        return book.createMeasure(planId, input);
    }

    /** Moving a measure to another section needs the right to maintain measures on both. */
    public void updateMeasure(long measureId, NewMeasure input, int expectedVersion) {
        book.updateMeasure(measureId, input, expectedVersion);
    }

    /** Every status change is kept on the measure's record; a delay or drop must say why. */
    public void changeStatus(long measureId, MeasureStatus status, String reason, int expectedVersion) {
        book.changeStatus(measureId, status, reason, expectedVersion);
    }

    @Transactional(readOnly = true)
    public List<Measure> measures(long planId, MeasureFilter filter, int offset, int limit) {
        access.readPlan(planId);
        return measures.ofPlan(planId, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMeasures(long planId, MeasureFilter filter) {
        access.readPlan(planId);
        return measures.countOfPlan(planId, filter);
    }

    @Transactional(readOnly = true)
    public MeasureDetail measure(long measureId) {
        Measure measure = access.measure(measureId).measure();
        return new MeasureDetail(measure, measures.coAgencies(measureId), measures.milestones(measureId),
                measures.budget(measureId), measures.history(measureId));
    }

    @Transactional(readOnly = true)
    public RegisterRights rights(long planId) {
        CouncilMember me = access.readPlan(planId);
        return new RegisterRights(me.may(CouncilAction.MANAGE_PLAN), me.may(CouncilAction.EDIT_SECTION));
    }

    @Transactional(readOnly = true)
    public boolean mayMaintain(long measureId) {
        MeasureContext context = access.measure(measureId);
        return access.maintains(context.member(), context.measure().sectionId());
    }

    @Transactional(readOnly = true)
    public boolean mayMaintainSection(long planId, long sectionId) {
        return access.maintains(access.readPlan(planId), sectionId);
    }

    @Transactional(readOnly = true)
    public boolean mayReport(long measureId) {
        MeasureContext context = access.measure(measureId);
        return access.reports(context.member(), context.measure().leadAgencyId());
    }

    public long addKpi(long measureId, NewKpi kpi) {
        return ledger.addKpi(measureId, kpi);
    }

    /** The lead agency's reporter reports a period once; a changed value is a correction. */
    public long reportActual(long kpiId, NewActual actual) {
        return ledger.report(kpiId, actual);
    }

    public long correctActual(long kpiId, NewActual actual, String reason) {
        return ledger.correct(kpiId, actual, reason);
    }

    @Transactional(readOnly = true)
    public List<KpiProgress> kpis(long measureId) {
        return ledger.progress(measureId);
    }

    @Transactional(readOnly = true)
    public List<Actual> actualHistory(long kpiId) {
        return ledger.history(kpiId);
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(long planId) {
        int tolerance = agencies.tolerance(access.readPlan(planId).councilId());
        return new Dashboard(measures.countsByStatus(planId), measures.countsByAgency(planId),
                ledger.countByStatus(planId, tolerance), tolerance);
    }

    /** The plan's managers open a reporting period with a deadline; each reporting agency gets a report. */
    public long openReportingRound(long planId, NewRound round) {
        return reporting.open(planId, round);
    }

    @Transactional(readOnly = true)
    public List<ReportingRound> reportingRounds(long planId) {
        return reporting.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public List<AgencyReport> reportsOfRound(long roundId) {
        return reporting.reportsOfRound(roundId);
    }

    /** The reports the signed-in member fills in for their agency, newest deadline first. */
    @Transactional(readOnly = true)
    public List<AgencyReport> reportingTasks(long councilId) {
        return reporting.tasks(councilId);
    }

    @Transactional(readOnly = true)
    public ReportDetail report(long reportId) {
        return reporting.detail(reportId);
    }

    @Transactional(readOnly = true)
    public boolean mayFillIn(long reportId) {
        return reporting.mayReport(reportId);
    }

    public void saveReportDraft(long reportId, List<ReportEntry> entries, int expectedVersion) {
        reporting.saveDraft(reportId, entries, expectedVersion);
    }

    public void submitReport(long reportId, int expectedVersion) {
        reporting.submit(reportId, expectedVersion);
    }

    /** Back to the agency with what to change; it can be filled in and submitted again. */
    public void returnReport(long reportId, String comment, int expectedVersion) {
        reporting.returnReport(reportId, comment, expectedVersion);
    }

    /** Its values become the period's actuals and the report locks. */
    public void acceptReport(long reportId, int expectedVersion) {
        reporting.accept(reportId, expectedVersion);
    }

    /** One page of the plan's KPIs with their computed status, for the dashboard. */
    @Transactional(readOnly = true)
    public List<PlanKpi> planKpis(long planId, int offset, int limit) {
        long councilId = access.readPlan(planId).councilId();
        return ledger.ofPlan(planId, agencies.tolerance(councilId), offset, limit);
    }

    /** The plan's register as a workbook (measures, KPIs with their latest actual and status), for those who may read it. */
    @Transactional(readOnly = true)
    public void writeXlsx(long planId, Locale locale, OutputStream out) throws IOException {
        new RegisterWorkbook(locale, print.alignment(planId)).write(offset -> measures(planId, MeasureFilter.ALL,
                offset, 500), offset -> planKpis(planId, offset, 500), out);
    }

    /** The dashboard as PDF in the council's language; rendering holds no connection (it can take seconds). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] registerPdf(long planId, ZoneId zone) {
        return PdfRenderer.render(print.document(planId, zone), PdfRenderer.Options.plain());
    }

    /** The import template (XLSX, or CSV when asked), headers in the reader's language, for those who may import. */
    @Transactional(readOnly = true)
    public void writeImportTemplate(long planId, Locale locale, boolean csv, OutputStream out) throws IOException {
        imports.template(planId, locale, csv, out);
    }

    /** Every line of an import file with its problems, and what it would create; stores nothing. */
    @Transactional(readOnly = true)
    public RegisterImportPreview previewImport(long planId, String fileName, byte[] content) {
        return imports.preview(planId, fileName, content);
    }

    /** Creates the file's measures and KPIs; a file with problems only when its bad lines are skipped. */
    public RegisterImportResult importMeasures(long planId, String fileName, byte[] content, boolean skipBadLines) {
        return imports.importFile(planId, fileName, content, skipBadLines);
    }

    /** How the previous cycle's KPIs ended (met, missed, no data), for the drafters of the plan that continues it. */
    @Transactional(readOnly = true)
    public Optional<CycleEvaluation> previousCycle(long planId) {
        return cycles.evaluation(planId);
    }

    @Transactional(readOnly = true)
    public int countPlanKpis(long planId) {
        access.readPlan(planId);
        return ledger.countOfPlan(planId);
    }

    /** The council's plans, whose registers the member may open. */
    @Transactional(readOnly = true)
    public List<Plan> plans(long councilId) {
        return planService.plans(councilId);
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        return planService.plan(planId);
    }

    /** The plan's outline, numbered, for choosing and labelling the section a measure sits on. */
    @Transactional(readOnly = true)
    public List<OutlineNode> sections(long planId) {
        return outline.outline(planId, false);
    }

    /** The sections the signed-in member may put measures on: all for the plan's managers, else those they lead. */
    @Transactional(readOnly = true)
    public List<OutlineNode> maintainableSections(long planId) {
        return book.maintainableSections(planId);
    }

    /** The measure it was carried over from (an earlier cycle's plan) and those it was carried into. */
    @Transactional(readOnly = true)
    public MeasureLineage lineage(long measureId) {
        return cycles.lineage(measureId);
    }
}
