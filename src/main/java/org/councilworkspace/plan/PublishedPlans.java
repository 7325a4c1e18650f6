package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of plan versions and everything the public may read of plans. Freezing a version keeps it inside the
 * council; only a version the secretariat (or chair) published is readable here, without signing in. Every read
 * answers an unpublished version exactly as a missing one, so ids cannot be probed.
 */
@Service
@Transactional
public class PublishedPlans {

    private final PublishedVersionRepository published;
    private final VersionRepository versions;
    private final PlanRepository plans;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublishedConsensusRepository consensus;
    // A provider: the consensus feature reads plans itself, so its annex is looked up when a version is published.
    private final ObjectProvider<PlanAnnex> annexes;
    private final PlanImages images;

    PublishedPlans(PublishedVersionRepository published, VersionRepository versions, PlanRepository plans,
                   PlanAccess access, ApplicationEventPublisher events, Clock clock,
                   PublishedConsensusRepository consensus, ObjectProvider<PlanAnnex> annexes, PlanImages images) {
        this.images = images;
        this.consensus = consensus;
        this.annexes = annexes;
        this.published = published;
        this.versions = versions;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Makes a frozen version public for good; those who manage the plan only, and only once. */
    public void publish(long versionId) {
        PlanVersionInfo info = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version"));
        var context = access.plan(info.planId(), CouncilAction.MANAGE_PLAN);
        var actor = context.member().actor();
        if (!published.markPublished(versionId, actor.id(), OffsetDateTime.now(clock))) {
            throw new InvalidInputException("version", "version.already-published");
        }
        keepConsensus(new FrozenVersion(context.plan(), info, versions.sections(versionId)));
        events.publishEvent(new PlanChanged(actor.id(), actor.username(), context.plan().councilId(),
                "VERSION_PUBLISHED", "PLAN_VERSION", Long.toString(versionId),
                info.label() + " (" + info.number() + ") · " + context.plan().title()));
    }

    /**
     * Copies the declarations and minority opinions standing for the version's own sections (and the plan as a
     * whole), titled as the version numbers them, so that later reopening or rewording inside the council does not
     * change what the published page says.
     */
    private void keepConsensus(FrozenVersion v) {
        Map<Long, String> titles = new HashMap<>();
        v.sections().forEach(s -> titles.put(s.sectionId(), s.numberedTitle()));
        List<PlanDeclaration> declarations = annexes.orderedStream()
                .flatMap(a -> a.declarations(v.plan().id()).stream())
                .filter(d -> titles.containsKey(d.sectionId()))
                .map(d -> new PlanDeclaration(titles.get(d.sectionId()), d.summary(), d.declaredBy(),
                        d.overObjections(), d.sectionId(), d.declaredAt())).toList();
        List<AnnexEntry> opinions = annexes.orderedStream().flatMap(a -> a.entries(v.plan().id()).stream())
                .filter(e -> e.sectionId() == null || titles.containsKey(e.sectionId()))
                .map(e -> new AnnexEntry(e.sectionId() == null ? null : titles.get(e.sectionId()), e.member(),
                        e.organization(), e.kind(), e.text(), e.confirmedByMember(), e.sectionId(), e.recordedAt()))
                .toList();
        consensus.keep(v.info().id(), declarations, opinions);
    }

    /** The consensus record kept with a published version; not found for an unpublished or unknown id. */
    @Transactional(readOnly = true)
    public PublishedConsensus consensus(long versionId) {
        published.publishedAt(versionId).orElseThrow(() -> new NotFoundException("Version"));
        return consensus.of(versionId);
    }

    /** Whether a version is public, for anyone: what features above read of a version for the portal asks this first. */
    @Transactional(readOnly = true)
    public boolean isPublished(long versionId) {
        return published.publishedAt(versionId).isPresent();
    }

    /** When the version was published, for those inside the council; empty while it is internal. */
    @Transactional(readOnly = true)
    public java.util.Optional<OffsetDateTime> publishedAt(long versionId) {
        PlanVersionInfo info = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version"));
        access.plan(info.planId(), CouncilAction.READ);
        return published.publishedAt(versionId);
    }

    /** The published versions of a plan with their publication time, for those inside the council. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OffsetDateTime> publicationsOfPlan(long planId) {
        access.plan(planId, CouncilAction.READ);
        java.util.Map<Long, OffsetDateTime> map = new java.util.HashMap<>();
        published.latest(null, planId, 500).forEach(v -> map.put(v.versionId(), v.publishedAt()));
        return map;
    }

    /** The newest published versions across councils (a council id narrows to one council). */
    @Transactional(readOnly = true)
    public List<PublishedVersion> latest(Long councilId, int limit) {
        return published.latest(councilId, null, Math.max(1, Math.min(limit, 500)));
    }

    /** Every published version of a plan, newest first; not found when none is published. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> versionsOfPlan(long planId) {
        List<PublishedVersion> list = published.latest(null, planId, 500);
        if (list.isEmpty()) {
            throw new NotFoundException("Plan");
        }
        return list;
    }

    /** A published version with its frozen text; not found for an unpublished or unknown id. */
    @Transactional(readOnly = true)
    public FrozenVersion version(long versionId) {
        published.publishedAt(versionId).orElseThrow(() -> new NotFoundException("Version"));
        PlanVersionInfo info = versions.find(versionId).orElseThrow(() -> new NotFoundException("Version"));
        Plan plan = plans.find(info.planId()).orElseThrow(() -> new NotFoundException("Version"));
        return new FrozenVersion(plan, info, versions.sections(versionId));
    }

    /**
     * A published version with the versions of its plan and its consensus record, in one transaction: a page under
     * load then waits for one database connection, not three.
     */
    @Transactional(readOnly = true)
    public PublishedVersionPage versionPage(long versionId) {
        FrozenVersion version = version(versionId);
        return new PublishedVersionPage(version, versionsOfPlan(version.plan().id()), consensus(versionId));
    }

    /**
     * A published version as the workspace prints it, for the portal's PDF, with the declarations and minority
     * opinions kept when it was published. Rendering is the caller's, outside this transaction.
     */
    @Transactional(readOnly = true)
    public CouncilDocument document(long versionId, DocumentLocale locale) {
        FrozenVersion v = version(versionId);
        PublishedConsensus kept = consensus.of(versionId);
        String council = versionsOfPlan(v.plan().id()).get(0).councilName();
        String label = locale.t("document.version", v.info().label(), v.info().number());
        List<PlanPrint.PrintedSection> sections = PlanPrint.sections(v);
        // The version is published, so the pictures its text shows are public with it.
        var pictures = images.referencedIn(v.plan().councilId(), sections.stream().map(PlanPrint.PrintedSection::body).toList());
        return PlanPrint.document(v.plan(), new PlanPrint.Edition(council, label, locale.date(v.info().createdAt())),
                sections, kept.declarations(), kept.opinions(), List.of(), pictures, locale);
    }

    /** Word-level comparison of two published versions of the same plan, as in the workspace. */
    @Transactional(readOnly = true)
    public List<SectionChange> compare(long fromVersionId, long toVersionId) {
        FrozenVersion from = version(fromVersionId);
        FrozenVersion to = version(toVersionId);
        if (from.plan().id() != to.plan().id()) {
            throw new NotFoundException("Version");
        }
        return VersionComparer.compare(from.sections(), to.sections());
    }

    /** The Markdown and HTML exports of a published version, with the minority opinions kept when it was published. */
    @Transactional(readOnly = true)
    public String markdown(long versionId, ZoneId zone) {
        FrozenVersion version = version(versionId);
        return PlanDocument.markdown(version, consensus.of(versionId).opinions(), access.language(version.plan().councilId()).dates(zone));
    }

    @Transactional(readOnly = true)
    public String html(long versionId, ZoneId zone) {
        FrozenVersion version = version(versionId);
        return images.inlined(PlanDocument.html(version, consensus.of(versionId).opinions(),
                access.language(version.plan().councilId()).dates(zone)), version.plan().councilId(), version);
    }

}
