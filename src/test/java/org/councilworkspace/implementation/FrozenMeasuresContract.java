package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import static org.councilworkspace.db.Tables.KPI;
import static org.councilworkspace.db.Tables.KPI_TARGET;
import static org.councilworkspace.db.Tables.MEASURE;
import static org.councilworkspace.db.Tables.MEASURE_BUDGET;
import static org.councilworkspace.db.Tables.MEASURE_CO_AGENCY;
import static org.councilworkspace.db.Tables.MEASURE_MILESTONE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.FrozenItem;
import org.councilworkspace.plan.FrozenItemChange;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.RecordChanges;
import org.councilworkspace.plan.VersionRecords;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.QueryCounter;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Measures frozen with a plan version, compared between versions, and linked across plan cycles; run on H2 and on
 * PostgreSQL.
 */
abstract class FrozenMeasuresContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired PlanService planService;
    @Autowired VersionService versions;
    @Autowired MeasureSnapshots snapshots;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private long freeze(String label) {
        return AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, label, null));
    }

    private List<FrozenItem> measuresOf(long versionId, TestUser reader) {
        List<VersionRecords> records = AsUser.call(reader, () -> versions.records(versionId, Locale.ENGLISH,
                ZoneOffset.UTC));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).heading()).isEqualTo("Measures frozen with this version");
        return records.get(0).items();
    }

    private long measure(long sectionId, String title) {
        return AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(), new NewMeasure(sectionId,
                title, "Text.", w.ministry, Set.of(), LocalDate.of(w.year, 1, 1), LocalDate.of(w.year + 2, 12, 31),
                List.of(), List.of())));
    }

    @Test
    void freezing_a_version_records_each_measure_of_its_sections_with_agencies_milestones_budget_and_kpis() {
        long version = freeze("v0.1");

        List<FrozenItem> items = measuresOf(version, w.plan.observer());

        assertThat(items).extracting(FrozenItem::key, FrozenItem::sectionId, FrozenItem::title)
                .containsExactly(tuple("measure-" + w.measureId, w.sectionId, "EV production incentives"));
        List<String> details = items.get(0).details();
        assertThat(details.get(0)).isEqualTo("Tax credits for EV assembly lines.");
        assertThat(details).contains("Lead agency: Ministry of Industry", "Co-agencies: Battery Association",
                "Planned budget for " + w.year + ": 1,200,000.00 THB",
                "KPI: EV share of production (%) · baseline 10 in " + (w.year - 2) + " · targets " + (w.year + 3)
                        + ": 30 · Should increase · reported: Annual · data source: Office of Industrial Economics");
        assertThat(details).anyMatch(d -> d.startsWith("Period: ") && d.contains(String.valueOf(w.year - 1))
                && d.contains(String.valueOf(w.year + 3)));
        assertThat(details).anyMatch(d -> d.startsWith("Milestone: Incentive scheme in force, due ")
                && d.contains("June"));
        MeasureSnapshot stored = snapshots.ofVersion(version).get(0);
        assertThat(stored.kpis().get(0).baselineValue()).isEqualByComparingTo("10");
        assertThat(stored.budget().get(0).amount()).isEqualByComparingTo("1200000");
        assertThat(stored.startsOn()).isEqualTo(LocalDate.of(w.year - 1, 1, 1));
    }

    @Test
    void freezing_takes_as_many_statements_with_300_measures_as_with_30() {
        addMeasures(29);
        QueryCounter.Counted<Long> thirty = QueryCounter.count(() -> freeze("v0.1"));
        addMeasures(270);
        QueryCounter.Counted<Long> threeHundred = QueryCounter.count(() -> freeze("v0.2"));

        assertThat(snapshots.ofVersion(thirty.result())).hasSize(30);
        List<MeasureSnapshot> frozen = snapshots.ofVersion(threeHundred.result());
        assertThat(frozen).hasSize(300).allSatisfy(m -> {
            assertThat(m.coAgencies()).containsExactly(RegisterWorld.ASSOCIATION);
            assertThat(m.milestones()).hasSize(1);
            assertThat(m.budget()).hasSize(1);
            assertThat(m.kpis()).hasSize(1);
            assertThat(m.status()).isEqualTo(MeasureStatus.PLANNED);
        });
        assertThat(threeHundred.statements()).as("statements to freeze 300 measures")
                .isEqualTo(thirty.statements());
    }

    /**
     * Measures like the world's own (a co-agency, a milestone, a budget line) with one KPI each, written straight to
     * the tables: how they are made is not what this test is about, and the services would take minutes for 300.
     */
    private void addMeasures(int count) {
        Measure model = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        Kpi kpi = AsUser.call(w.plan.secretariat(), () -> register.kpis(w.measureId)).get(0).kpi();
        OffsetDateTime now = OffsetDateTime.now(clock);
        BatchBindStep measures = db.batch(db.insertInto(MEASURE, MEASURE.PLAN_ID, MEASURE.SECTION_ID, MEASURE.TITLE,
                MEASURE.DESCRIPTION, MEASURE.LEAD_AGENCY_ID, MEASURE.STARTS_ON, MEASURE.ENDS_ON, MEASURE.CREATED_BY,
                MEASURE.CREATED_AT).values((Long) null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < count; i++) {
            measures = measures.bind(w.plan.planId(), i % 2 == 0 ? w.sectionId : w.otherSectionId, model.title(),
                    model.description(), w.ministry, model.startsOn(), model.endsOn(), w.plan.secretariat().id(), now);
        }
        measures.execute();
        List<Long> added = db.select(MEASURE.ID).from(MEASURE).where(MEASURE.PLAN_ID.eq(w.plan.planId())
                .and(MEASURE.ID.notIn(db.select(KPI.MEASURE_ID).from(KPI)))).fetch(MEASURE.ID);
        BatchBindStep parts = db.batch(db.insertInto(MEASURE_CO_AGENCY, MEASURE_CO_AGENCY.MEASURE_ID,
                MEASURE_CO_AGENCY.AGENCY_ID).values((Long) null, null));
        BatchBindStep milestones = db.batch(db.insertInto(MEASURE_MILESTONE, MEASURE_MILESTONE.MEASURE_ID,
                MEASURE_MILESTONE.POSITION, MEASURE_MILESTONE.TITLE, MEASURE_MILESTONE.DUE_ON)
                .values((Long) null, null, null, null));
        BatchBindStep budget = db.batch(db.insertInto(MEASURE_BUDGET, MEASURE_BUDGET.MEASURE_ID,
                MEASURE_BUDGET.BUDGET_YEAR, MEASURE_BUDGET.AMOUNT, MEASURE_BUDGET.CURRENCY).values((Long) null, null,
                null, null));
        BatchBindStep kpis = db.batch(db.insertInto(KPI, KPI.MEASURE_ID, KPI.NAME, KPI.UNIT, KPI.BASELINE_YEAR,
                KPI.BASELINE_VALUE, KPI.DIRECTION, KPI.DATA_SOURCE, KPI.FREQUENCY, KPI.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null));
        for (long id : added) {
            parts = parts.bind(id, w.association);
            milestones = milestones.bind(id, 0, "Incentive scheme in force", LocalDate.of(w.year, 6, 30));
            budget = budget.bind(id, w.year, new BigDecimal("1200000.00"), "THB");
            kpis = kpis.bind(id, kpi.name(), kpi.unit(), kpi.baselineYear(), kpi.baselineValue(),
                    kpi.direction().name(), kpi.dataSource(), kpi.frequency().name(), now);
        }
        parts.execute();
        milestones.execute();
        budget.execute();
        kpis.execute();
        db.insertInto(KPI_TARGET, KPI_TARGET.KPI_ID, KPI_TARGET.TARGET_YEAR, KPI_TARGET.TARGET_VALUE)
                .select(db.select(KPI.ID, DSL.val(w.year + 3), DSL.val(new BigDecimal("30"))).from(KPI)
                        .where(KPI.MEASURE_ID.in(added))).execute();
    }

    @Test
    void later_edits_of_a_measure_and_its_kpis_leave_the_frozen_version_as_it_was() {
        long first = freeze("v0.1");
        Measure m = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        NewMeasure edited = new NewMeasure(w.sectionId, "EV and hybrid incentives", "Wider tax credits.", w.association,
                Set.of(), m.startsOn(), m.endsOn(), List.of(), List.of());
        AsUser.run(w.plan.secretariat(), () -> register.updateMeasure(w.measureId, edited, m.version()));
        AsUser.call(w.plan.secretariat(), () -> register.addKpi(w.measureId, new NewKpi("Hybrids built", "units",
                w.year - 1, new BigDecimal("100"), Direction.INCREASE, "Survey", ReportingFrequency.ANNUAL,
                List.of(new KpiTarget(w.year + 1, new BigDecimal("500"))))));

        FrozenItem frozen = measuresOf(first, w.plan.member()).get(0);
        FrozenItem later = measuresOf(freeze("v0.2"), w.plan.member()).get(0);

        assertThat(frozen.title()).isEqualTo("EV production incentives");
        assertThat(frozen.details()).contains("Lead agency: Ministry of Industry").noneMatch(d -> d.contains("Hybrids"));
        assertThat(later.title()).isEqualTo("EV and hybrid incentives");
        assertThat(later.details()).contains("Wider tax credits.", "Lead agency: Battery Association")
                .anyMatch(d -> d.startsWith("KPI: Hybrids built (units)"));
    }

    @Test
    void comparing_two_versions_lists_the_measures_added_removed_and_changed_with_the_changed_lines() {
        measure(w.otherSectionId, "Skills for battery work");
        long retired = AsUser.call(w.plan.secretariat(), () -> outline.addSection(w.plan.planId(), null,
                "Retired ideas"));
        measure(retired, "Scrappage bonus");
        long first = freeze("v0.1");
        Measure m = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        AsUser.run(w.plan.secretariat(), () -> register.updateMeasure(w.measureId, new NewMeasure(w.sectionId,
                "EV production incentives", "Tax credits for EV and battery lines.", w.ministry, Set.of(w.association),
                m.startsOn(), m.endsOn(), List.of(new Milestone("Incentive scheme in force", LocalDate.of(w.year, 6,
                30))), List.of(new BudgetLine(w.year, new BigDecimal("1200000.00"), "THB"))), m.version()));
        AsUser.run(w.plan.secretariat(), () -> outline.archive(retired));
        measure(w.otherSectionId, "Charging network");
        long second = freeze("v0.2");

        List<RecordChanges> compared = AsUser.call(w.plan.observer(), () -> versions.compareRecords(first, second,
                Locale.ENGLISH, ZoneOffset.UTC));

        assertThat(compared).hasSize(1);
        assertThat(compared.get(0).heading()).isEqualTo("Measures added, removed or changed");
        assertThat(compared.get(0).changes()).extracting(FrozenItemChange::kind, FrozenItemChange::title)
                .containsExactly(tuple(FrozenItemChange.Kind.CHANGED, "EV production incentives"),
                        tuple(FrozenItemChange.Kind.ADDED, "Charging network"),
                        tuple(FrozenItemChange.Kind.REMOVED, "Scrappage bonus"));
        FrozenItemChange changed = compared.get(0).changes().get(0);
        assertThat(changed.removedLines()).containsExactly("Tax credits for EV assembly lines.");
        assertThat(changed.addedLines()).containsExactly("Tax credits for EV and battery lines.");
        assertThat(compared.get(0).recorded()).isTrue();
    }

    @Test
    void a_carried_over_measure_links_to_its_original_and_the_original_shows_where_it_went() {
        String next = Fixtures.unique("Next plan");
        long nextPlan = AsUser.call(w.plan.secretariat(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan(next, 2032, 2036, null)));
        Measure carried = AsUser.call(w.plan.secretariat(), () -> register.measures(nextPlan, MeasureFilter.ALL, 0,
                10)).get(0);
        String previousTitle = AsUser.call(w.plan.secretariat(), () -> planService.plan(w.plan.planId())).title();

        MeasureLineage ofCarried = AsUser.call(w.plan.observer(), () -> register.lineage(carried.id()));
        MeasureLineage ofOriginal = AsUser.call(w.reporter, () -> register.lineage(w.measureId));

        assertThat(ofCarried.carriedFrom()).contains(new MeasureLink(w.measureId, "EV production incentives",
                w.plan.planId(), previousTitle, "2027–2031"));
        assertThat(ofCarried.carriedInto()).isEmpty();
        assertThat(ofOriginal.carriedFrom()).isEmpty();
        assertThat(ofOriginal.carriedInto()).containsExactly(new MeasureLink(carried.id(), "EV production incentives",
                nextPlan, next, "2032–2036"));
        long fresh = measure(w.sectionId, "New this cycle");
        assertThat(AsUser.call(w.plan.member(), () -> register.lineage(fresh)))
                .isEqualTo(new MeasureLineage(Optional.empty(), List.of()));
    }

    @Test
    void another_councils_member_reads_neither_the_frozen_measures_nor_the_carry_over_links() {
        long version = freeze("v0.1");

        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> versions.records(version, Locale.ENGLISH,
                ZoneOffset.UTC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> versions.compareRecords(version, version,
                Locale.ENGLISH, ZoneOffset.UTC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> register.lineage(w.measureId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(measuresOf(version, w.affiliatedObserver)).hasSize(1);
    }
}
