package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan versions: named, frozen snapshots of every section's current revision. Meetings and consultation
 * rounds point at these, never at live text. Versions can be read, compared and exported.
 */
@Service
@Transactional
public class VersionService {

    private final VersionRepository versions;
    private final OutlineService outline;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // A provider, not a list: annex suppliers read plans themselves, so they are looked up when needed.
    private final ObjectProvider<PlanAnnex> annexes;
    private final VersionSupplements supplements;
    private final PlanImages images;

    VersionService(VersionRepository versions, OutlineService outline, PlanAccess access,
                   ApplicationEventPublisher events, Clock clock, ObjectProvider<PlanAnnex> annexes,
                   VersionSupplements supplements, PlanImages images) {
        this.images = images;
        this.annexes = annexes;
        this.supplements = supplements;
        this.versions = versions;
        this.outline = outline;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Freezes the current text of every section; a blank label becomes the number (e.g. "v0.4"). */
    public long freeze(long planId, boolean major, String label, String note) {
        var context = access.plan(planId, CouncilAction.MANAGE_PLAN);
        String name = label == null || label.isBlank() ? null : TextRules.requiredLine("label", label, 200);
        String text = note == null || note.isBlank() ? null : TextRules.requiredText("note", note, 2000);
        return freeze(context.plan(), major, name, text, context.member().actor());
    }

    /** The adopted text, frozen when the chair signs off adoption (permission checked by the caller). */
    long freezeAsAdopted(long planId, Actor actor) {
        Plan plan = access.plan(planId, CouncilAction.READ).plan();
        return freeze(plan, true, "Adopted text", null, actor);
    }

    private long freeze(Plan plan, boolean major, String label, String note, Actor actor) {
        List<OutlineNode> nodes = outline.build(plan.id(), false);
        if (nodes.isEmpty()) {
            throw new InvalidInputException("label", "version.empty-plan");
        }
        int[] last = versions.latestNumber(plan.id());
        int majorNo = major ? last[0] + 1 : last[0];
        int minorNo = major ? 0 : last[1] + 1;
        String name = label == null ? "v" + majorNo + "." + minorNo : label;
        long id = versions.insert(plan.id(), majorNo, minorNo, name, note, actor.id(), OffsetDateTime.now(clock));
        for (int i = 0; i < nodes.size(); i++) {
            versions.insertSection(id, nodes.get(i), i);
        }
        events.publishEvent(new PlanChanged(actor.id(), actor.username(), plan.councilId(), "VERSION_FROZEN", "PLAN",
                Long.toString(plan.id()), name + " (" + majorNo + "." + minorNo + ")"));
        events.publishEvent(new VersionFrozen(plan.councilId(), plan.id(), id,
                nodes.stream().map(OutlineNode::sectionId).toList()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<PlanVersionInfo> versions(long planId) {
        access.plan(planId, CouncilAction.READ);
        return versions.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public FrozenVersion version(long versionId) {
        PlanVersionInfo info = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version"));
        Plan plan = access.plan(info.planId(), CouncilAction.READ).plan();
        return new FrozenVersion(plan, info, versions.sections(versionId));
    }

    /** Plan-wide comparison: sections added, removed, moved, renamed and changed, with the diff of each. */
    @Transactional(readOnly = true)
    public List<SectionChange> compare(long fromVersionId, long toVersionId) {
        FrozenVersion from = version(fromVersionId);
        FrozenVersion to = version(toVersionId);
        if (from.plan().id() != to.plan().id()) {
            throw new InvalidInputException("version", "version.other-plan");
        }
        return VersionComparer.compare(from.sections(), to.sections());
    }

    /** What other features recorded with the version (its measures), for a reader in the council's calendar. */
    @Transactional(readOnly = true)
    public List<VersionRecords> records(long versionId, Locale reader, ZoneId zone) {
        FrozenVersion version = version(versionId);
        return supplements.records(versionId, access.language(version.plan().councilId()).datesFor(reader, zone));
    }

    /** The recorded items (measures) added, removed or changed from one version of a plan to another. */
    @Transactional(readOnly = true)
    public List<RecordChanges> compareRecords(long fromVersionId, long toVersionId, Locale reader, ZoneId zone) {
        if (version(fromVersionId).plan().id() != version(toVersionId).plan().id()) {
            throw new InvalidInputException("version", "version.other-plan");
        }
        return VersionSupplements.compare(records(fromVersionId, reader, zone), records(toVersionId, reader, zone));
    }

    private List<AnnexEntry> annex(long planId) {
        return annexes.orderedStream().flatMap(a -> a.entries(planId).stream()).toList();
    }

    /** The version as Markdown in the council's language and calendar, dated in UTC. */
    @Transactional(readOnly = true)
    public String exportMarkdown(long versionId) {
        return exportMarkdown(versionId, ZoneOffset.UTC);
    }

    /** The version as Markdown in the council's language and calendar, dated in the reader's zone. */
    @Transactional(readOnly = true)
    public String exportMarkdown(long versionId, ZoneId zone) {
        FrozenVersion version = version(versionId);
        CalendarDates dates = dates(version, zone);
        return PlanDocument.markdown(version, annex(version.plan().id()), dates,
                supplements.records(versionId, dates));
    }

    @Transactional(readOnly = true)
    public String exportHtml(long versionId) {
        return exportHtml(versionId, ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public String exportHtml(long versionId, ZoneId zone) {
        FrozenVersion version = version(versionId);
        CalendarDates dates = dates(version, zone);
        return images.inlined(PlanDocument.html(version, annex(version.plan().id()), dates,
                supplements.records(versionId, dates)), version.plan().councilId(), version);
    }

    private CalendarDates dates(FrozenVersion version, ZoneId zone) {
        return access.language(version.plan().councilId()).dates(zone);
    }
}
