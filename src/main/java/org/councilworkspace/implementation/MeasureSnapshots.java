package org.councilworkspace.implementation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.Messages;
import org.councilworkspace.plan.FrozenItem;
import org.councilworkspace.plan.VersionFrozen;
import org.councilworkspace.plan.VersionSupplement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures are frozen with the plan version they belong to: when a version is frozen, every measure on its sections
 * is recorded as it stands ({@link MeasureSnapshot}); the version's page, its exports and comparisons read them back
 * through {@link VersionSupplement}, so later edits of a measure never change what a version says.
 */
@Component
class MeasureSnapshots implements VersionSupplement {

    private static final int PAGE = 500;
    // Its own mapper, not the application's: what is stored must read back the same whatever the web layer is set to.
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final MeasureRepository measures;
    private final KpiRepository kpis;
    private final MeasureSnapshotRepository snapshots;

    MeasureSnapshots(MeasureRepository measures, KpiRepository kpis, MeasureSnapshotRepository snapshots) {
        this.measures = measures;
        this.kpis = kpis;
        this.snapshots = snapshots;
    }

    /**
     * Runs in the transaction that freezes the version, after its permission check: both are kept or neither. The
     * register is read in a fixed number of queries (measures, co-agencies, milestones, budget, KPIs with targets)
     * and the snapshots written in one batch, however many measures the plan has.
     */
    @EventListener
    void onVersionFrozen(VersionFrozen event) {
        Map<Long, Integer> sectionOrder = new HashMap<>();
        for (int i = 0; i < event.sectionIds().size(); i++) {
            sectionOrder.put(event.sectionIds().get(i), i);
        }
        List<Measure> frozen = new ArrayList<>(measures.ofPlan(event.planId(), MeasureFilter.ALL, 0, Integer.MAX_VALUE)
                .stream().filter(m -> sectionOrder.containsKey(m.sectionId())).toList());
        if (frozen.isEmpty()) {
            return;
        }
        // Stable sort: within a section the register's order (by id) is kept.
        frozen.sort(Comparator.comparingInt(m -> sectionOrder.get(m.sectionId())));
        long planId = event.planId();
        Map<Long, List<String>> coAgencies = measures.coAgencyNamesOfPlan(planId);
        Map<Long, List<Milestone>> milestones = measures.milestonesOfPlan(planId);
        Map<Long, List<BudgetLine>> budget = measures.budgetOfPlan(planId);
        Map<Long, List<MeasureSnapshot.KpiSnapshot>> kpisByMeasure = new HashMap<>();
        kpis.ofPlan(planId).forEach(k -> kpisByMeasure.computeIfAbsent(k.measureId(), id -> new ArrayList<>())
                .add(MeasureSnapshot.KpiSnapshot.of(k)));
        List<MeasureSnapshotRepository.NewSnapshot> rows = new ArrayList<>();
        for (int i = 0; i < frozen.size(); i++) {
            Measure m = frozen.get(i);
            MeasureSnapshot snapshot = new MeasureSnapshot(m.title(), m.description(), m.leadAgencyName(),
                    coAgencies.getOrDefault(m.id(), List.of()), m.startsOn(), m.endsOn(),
                    milestones.getOrDefault(m.id(), List.of()), budget.getOrDefault(m.id(), List.of()),
                    kpisByMeasure.getOrDefault(m.id(), List.of()), m.status());
            rows.add(new MeasureSnapshotRepository.NewSnapshot(m.id(), m.sectionId(), i, m.title(), write(snapshot)));
        }
        snapshots.insertAll(event.versionId(), rows);
    }

    @Override
    public String heading(Locale locale) {
        return Messages.get("implementation.frozen.heading", locale);
    }

    @Override
    public String changesHeading(Locale locale) {
        return Messages.get("implementation.frozen.changes", locale);
    }

    @Override
    public List<FrozenItem> items(long versionId, CalendarDates dates) {
        return snapshots.ofVersion(versionId).stream().map(s -> {
            MeasureSnapshot m = read(s.content());
            return new FrozenItem("measure-" + s.measureId(), s.sectionId(), m.title(), SnapshotLines.of(m, dates));
        }).toList();
    }

    /** The measures frozen with a version, as the portal shows them (the caller checks the version is public). */
    List<FrozenMeasure> published(long versionId) {
        return snapshots.ofVersion(versionId).stream().map(s -> {
            MeasureSnapshot m = read(s.content());
            return new FrozenMeasure(s.sectionId(), m.title(), m.leadAgency(), m.status(), m.kpis().stream()
                    .map(k -> new FrozenMeasure.FrozenKpi(k.name(), k.unit(), k.baselineYear(), k.baselineValue(),
                            k.direction(), k.targets())).toList());
        }).toList();
    }

    /** The frozen measures of a version as recorded, for tests and the register's own reading. */
    List<MeasureSnapshot> ofVersion(long versionId) {
        return snapshots.ofVersion(versionId).stream().map(s -> read(s.content())).toList();
    }

    private static String write(MeasureSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A measure could not be written for its version", e);
        }
    }

    private static MeasureSnapshot read(String content) {
        try {
            return JSON.readValue(content, MeasureSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frozen measure could not be read back", e);
        }
    }
}
