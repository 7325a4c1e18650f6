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

    /** Runs in the transaction that freezes the version, after its permission check: both are kept or neither. */
    @EventListener
    void onVersionFrozen(VersionFrozen event) {
        Map<Long, Integer> sectionOrder = new HashMap<>();
        for (int i = 0; i < event.sectionIds().size(); i++) {
            sectionOrder.put(event.sectionIds().get(i), i);
        }
        List<Measure> frozen = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Measure> page = measures.ofPlan(event.planId(), MeasureFilter.ALL, offset, PAGE);
            page.stream().filter(m -> sectionOrder.containsKey(m.sectionId())).forEach(frozen::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        // Stable sort: within a section the register's order (by id) is kept.
        frozen.sort(Comparator.comparingInt(m -> sectionOrder.get(m.sectionId())));
        for (int i = 0; i < frozen.size(); i++) {
            Measure m = frozen.get(i);
            snapshots.insert(event.versionId(), m.id(), m.sectionId(), i, m.title(), write(snapshot(m)));
        }
    }

    private MeasureSnapshot snapshot(Measure m) {
        return new MeasureSnapshot(m.title(), m.description(), m.leadAgencyName(),
                measures.coAgencies(m.id()).stream().map(Agency::name).toList(), m.startsOn(), m.endsOn(),
                measures.milestones(m.id()), measures.budget(m.id()),
                kpis.ofMeasure(m.id()).stream().map(MeasureSnapshot.KpiSnapshot::of).toList());
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
