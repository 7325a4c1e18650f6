package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.KPI;
import static org.councilworkspace.db.Tables.KPI_ACTUAL;
import static org.councilworkspace.db.Tables.KPI_TARGET;
import static org.councilworkspace.db.Tables.MEASURE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilworkspace.implementation.Agency;
import org.councilworkspace.implementation.AgencyReport;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.implementation.NewRound;
import org.councilworkspace.implementation.ReportDetail;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The implementation register at the size the issue names: 2,000 measures on 50 sections, led by 20 agencies, each
 * with 5 quarterly KPIs with a target for each of 5 years, and an accepted actual for each of the 20 quarters
 * (200,000 actuals). Times, through the services, what the register's screen loads when it opens (the dashboard
 * with the first pages of its lazy lists), one agency's report in a reporting round (100 measures, 500 KPIs), the
 * reporter's list of tasks, and the workbook export of everything.
 */
abstract class RegisterBenchmarkBody {

    static final int MEASURES = 2_000;
    static final int KPIS_PER_MEASURE = 5;
    static final int YEARS = 5;
    static final int QUARTERS = 4;
    static final int SECTIONS = 50;
    static final int AGENCIES = 20;

    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired DSLContext db;

    @Test
    void register_of_2000_measures_and_200000_actuals() {
        TestUser secretariat = demoUser("pranee");
        TestUser reporter = demoUser("kittisak");
        long councilId = 1;
        long planId = AsUser.call(secretariat, () -> plans.createPlan(councilId,
                new NewPlan("Register benchmark plan", 2050, 2054, null)));
        List<Long> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS; i++) {
            int n = i;
            sections.add(AsUser.call(secretariat, () -> outline.addSection(planId, null, "Strategy " + n)));
        }
        List<Agency> agencies = agencies(secretariat, councilId);
        long start = System.nanoTime();
        int actuals = load(planId, sections, agencies, secretariat.id());
        System.out.printf("BENCHMARK %-55s %8.1f s%n", "bulk load of 2,000 measures, 10,000 KPIs, 200,000 actuals",
                (System.nanoTime() - start) / 1e9);
        assertThat(actuals).isEqualTo(MEASURES * KPIS_PER_MEASURE * YEARS * QUARTERS);
        int year = LocalDate.now().getYear();
        AsUser.call(secretariat, () -> register.openReportingRound(planId, new NewRound(ReportingFrequency.QUARTERLY,
                year, 1, LocalDate.now().plusDays(30))));

        AsUser.run(secretariat, () -> {
            assertThat(register.dashboard(planId).measureCount()).isEqualTo(MEASURES);
            assertThat(register.countPlanKpis(planId)).isEqualTo(MEASURES * KPIS_PER_MEASURE);
            Figures.time("register dashboard: summary, first pages of KPIs and measures (2,000 / 10,000)", 5, 30,
                    () -> register.dashboard(planId).measureCount() + register.planKpis(planId, 0, 50).size()
                            + register.countPlanKpis(planId) + register.measures(planId, MeasureFilter.ALL, 0, 50).size()
                            + register.countMeasures(planId, MeasureFilter.ALL));
            Figures.time("register dashboard summary alone (counts by status and agency)", 5, 30,
                    () -> register.dashboard(planId).measureCount());
            Figures.time("register dashboard: first page of 50 KPIs with status, and the count", 5, 30,
                    () -> register.planKpis(planId, 0, 50).size() + register.countPlanKpis(planId));
            Figures.time("register dashboard: first page of 50 measures, and the count", 5, 30,
                    () -> register.measures(planId, MeasureFilter.ALL, 0, 50).size()
                            + register.countMeasures(planId, MeasureFilter.ALL));
        });
        AsUser.run(reporter, () -> {
            AgencyReport task = register.reportingTasks(councilId).stream()
                    .filter(r -> r.round().planId() == planId).findFirst().orElseThrow();
            ReportDetail detail = register.report(task.id());
            assertThat(detail.lines()).hasSize(MEASURES / AGENCIES * KPIS_PER_MEASURE);
            Figures.time("one agency's report: 100 measures, 500 KPIs to fill in", 5, 30,
                    () -> register.report(task.id()).lines().size());
            Figures.time("a reporter's task list (reports across rounds)", 5, 30,
                    () -> register.reportingTasks(councilId).size());
        });
        AsUser.run(secretariat, () -> {
            ByteArrayOutputStream sized = new ByteArrayOutputStream();
            xlsx(planId, sized);
            System.out.printf("BENCHMARK %-55s %8.1f MB%n", "register workbook size", sized.size() / 1e6);
            Figures.time("register workbook export (XLSX), 2,000 measures, 10,000 KPIs", 1, 5, () -> {
                xlsx(planId, new ByteArrayOutputStream(sized.size()));
                return null;
            });
        });
    }

    private void xlsx(long planId, ByteArrayOutputStream out) {
        try {
            register.writeXlsx(planId, Locale.ENGLISH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo council's six agencies (whose members report for them) and fourteen more, twenty in all. */
    private List<Agency> agencies(TestUser secretariat, long councilId) {
        List<Agency> existing = AsUser.call(secretariat, () -> register.agencies(councilId));
        for (int i = existing.size(); i < AGENCIES; i++) {
            int n = i;
            AsUser.call(secretariat, () -> register.addAgency(councilId, "Benchmark agency " + n,
                    "Benchmark agency " + n));
        }
        List<Agency> all = AsUser.call(secretariat, () -> register.agencies(councilId));
        // The reporter's own agency first, so that it leads measures 0, 20, 40, ...
        List<Agency> ordered = new ArrayList<>(all.stream()
                .filter(a -> a.name().equals("Office of Industrial Economics")).toList());
        all.stream().filter(a -> !ordered.contains(a)).limit(AGENCIES - 1L).forEach(ordered::add);
        return ordered;
    }

    /** Writes the register straight to the tables in batches: the load is not what is measured. */
    private int load(long planId, List<Long> sections, List<Agency> agencies, long by) {
        OffsetDateTime now = OffsetDateTime.now();
        int firstYear = LocalDate.now().getYear() - YEARS;
        MeasureStatus[] statuses = {MeasureStatus.ONGOING, MeasureStatus.ONGOING, MeasureStatus.PLANNED,
                MeasureStatus.DELAYED, MeasureStatus.DONE};
        BatchBindStep measures = db.batch(db.insertInto(MEASURE, MEASURE.PLAN_ID, MEASURE.SECTION_ID, MEASURE.TITLE,
                MEASURE.DESCRIPTION, MEASURE.LEAD_AGENCY_ID, MEASURE.STARTS_ON, MEASURE.ENDS_ON, MEASURE.STATUS,
                MEASURE.STATUS_REASON, MEASURE.CREATED_BY, MEASURE.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < MEASURES; i++) {
            MeasureStatus status = statuses[i % statuses.length];
            measures = measures.bind(planId, sections.get(i % SECTIONS), "Measure " + i,
                    "What measure " + i + " does, and for whom.", agencies.get(i % AGENCIES).id(),
                    LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + YEARS + 2, 12, 31), status.name(),
                    status == MeasureStatus.DELAYED ? "Waiting for its budget." : null, by, now);
        }
        measures.execute();
        List<Long> measureIds = db.select(MEASURE.ID).from(MEASURE).where(MEASURE.PLAN_ID.eq(planId))
                .orderBy(MEASURE.ID).fetch(MEASURE.ID);
        BatchBindStep kpis = db.batch(db.insertInto(KPI, KPI.MEASURE_ID, KPI.NAME, KPI.UNIT, KPI.BASELINE_YEAR,
                KPI.BASELINE_VALUE, KPI.DIRECTION, KPI.DATA_SOURCE, KPI.FREQUENCY, KPI.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null));
        for (long measureId : measureIds) {
            for (int k = 0; k < KPIS_PER_MEASURE; k++) {
                kpis = kpis.bind(measureId, "Indicator " + k + " of measure " + measureId, "%", firstYear - 1,
                        new BigDecimal("10"), "INCREASE", "Statistics office", "QUARTERLY", now);
            }
        }
        kpis.execute();
        List<Long> kpiIds = db.select(KPI.ID).from(KPI).join(MEASURE).on(MEASURE.ID.eq(KPI.MEASURE_ID))
                .where(MEASURE.PLAN_ID.eq(planId)).orderBy(KPI.ID).fetch(KPI.ID);
        Random random = new Random(20);
        BatchBindStep targets = targetBatch();
        BatchBindStep values = actualBatch();
        int actuals = 0;
        int pending = 0;
        for (long kpiId : kpiIds) {
            for (int y = 0; y < YEARS; y++) {
                targets = targets.bind(kpiId, firstYear + y, BigDecimal.valueOf(10 + 4L * (y + 1)));
                for (int q = 1; q <= QUARTERS; q++) {
                    // Near the linear path, some ahead, some behind: every computed status occurs.
                    double onPath = 10 + 4 * (y + (q / 4.0));
                    double value = onPath * (0.7 + 0.6 * random.nextDouble());
                    values = values.bind(kpiId, firstYear + y, q, 1,
                            BigDecimal.valueOf(Math.round(value * 100) / 100.0), by, now);
                    actuals++;
                    pending++;
                }
            }
            if (pending >= 20_000) {
                targets.execute();
                values.execute();
                targets = targetBatch();
                values = actualBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            targets.execute();
            values.execute();
        }
        return actuals;
    }

    private BatchBindStep targetBatch() {
        return db.batch(db.insertInto(KPI_TARGET, KPI_TARGET.KPI_ID, KPI_TARGET.TARGET_YEAR, KPI_TARGET.TARGET_VALUE)
                .values((Long) null, null, null));
    }

    private BatchBindStep actualBatch() {
        return db.batch(db.insertInto(KPI_ACTUAL, KPI_ACTUAL.KPI_ID, KPI_ACTUAL.PERIOD_YEAR, KPI_ACTUAL.PERIOD_NO,
                KPI_ACTUAL.VERSION_NO, KPI_ACTUAL.ACTUAL_VALUE, KPI_ACTUAL.REPORTED_BY, KPI_ACTUAL.REPORTED_AT)
                .values((Long) null, null, null, null, null, null, null));
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
