package org.councilworkspace.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan as a document to circulate: a frozen version, or the current draft, with title page, contents and
 * the minority opinions annex, as PDF (and as the neutral document model other formats are written from).
 * Whoever may read the plan may export it; the checks are those of reading.
 */
@Service
@Transactional(readOnly = true)
public class PlanExports {

    private final VersionService versions;
    private final OutlineService outline;
    private final RevisionRepository revisions;
    private final PlanAccess access;
    private final CouncilService councils;
    private final ObjectProvider<PlanAnnex> annexes;
    private final Clock clock;
    private final PlanImages images;

    PlanExports(VersionService versions, OutlineService outline, RevisionRepository revisions, PlanAccess access,
                CouncilService councils, ObjectProvider<PlanAnnex> annexes, Clock clock, PlanImages images) {
        this.images = images;
        this.versions = versions;
        this.outline = outline;
        this.revisions = revisions;
        this.access = access;
        this.councils = councils;
        this.annexes = annexes;
        this.clock = clock;
    }

    /** A frozen version as a document: its label, the day it was frozen, its sections as frozen. */
    public CouncilDocument version(long versionId, DocumentLocale locale) {
        FrozenVersion v = versions.version(versionId);
        String label = locale.t("document.version", v.info().label(), v.info().number());
        List<PlanPrint.PrintedSection> sections = PlanPrint.sections(v);
        return PlanPrint.document(v.plan(), edition(v.plan(), label, locale.date(v.info().createdAt())),
                sections, declarations(v.plan().id()), annex(v.plan().id()),
                versions.records(versionId, locale.locale(), locale.zone()), pictures(v.plan(), sections), locale);
    }

    /** The current draft: every section's latest revision, dated today. */
    public CouncilDocument draft(long planId, DocumentLocale locale) {
        Plan plan = access.plan(planId, CouncilAction.READ).plan();
        List<OutlineNode> nodes = outline.build(planId, false);
        Map<Long, Revision> current = revisions.byIds(nodes.stream().map(OutlineNode::currentRevisionId)
                        .filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(Revision::id, Function.identity()));
        List<PlanPrint.PrintedSection> sections = nodes.stream().map(n -> new PlanPrint.PrintedSection(
                n.sectionId(), n.number(), n.title(), n.depth(), n.currentRevisionId() == null
                        || !current.containsKey(n.currentRevisionId()) ? "" : current.get(n.currentRevisionId()).body()))
                .toList();
        String today = locale.date(LocalDate.now(clock.withZone(locale.zone())));
        return PlanPrint.document(plan, edition(plan, locale.t("document.current-draft"), today), sections,
                declarations(planId), annex(planId), List.of(), pictures(plan, sections), locale);
    }

    private Map<Long, PlanImage> pictures(Plan plan, List<PlanPrint.PrintedSection> sections) {
        return images.referencedIn(plan.councilId(), sections.stream().map(PlanPrint.PrintedSection::body).toList());
    }

    /** Rendering takes seconds for a long plan: it runs outside a transaction, holding no connection. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] versionPdf(long versionId, DocumentLocale locale, PdfRenderer.Options options) {
        return PdfRenderer.render(version(versionId, locale), options);
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] draftPdf(long planId, DocumentLocale locale, PdfRenderer.Options options) {
        return PdfRenderer.render(draft(planId, locale), options);
    }

    /**
     * Two versions of one plan as the old | new table (新旧対照表), in the council's language; both versions must be
     * readable by the caller (the checks of {@link VersionService#version} and {@link VersionService#compare}).
     */
    public CouncilDocument comparison(long fromVersionId, long toVersionId, ZoneId zone) {
        List<SectionChange> changes = versions.compare(fromVersionId, toVersionId);
        FrozenVersion from = versions.version(fromVersionId);
        FrozenVersion to = versions.version(toVersionId);
        Locale language = access.language(to.plan().councilId()).locale();
        List<RecordChanges> recorded = versions.compareRecords(fromVersionId, toVersionId, language, zone);
        return PlanComparison.document(from, to, changes, recorded, new DocumentLocale(language, zone));
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] comparisonPdf(long fromVersionId, long toVersionId, ZoneId zone) {
        return PdfRenderer.render(comparison(fromVersionId, toVersionId, zone), PdfRenderer.Options.plain());
    }

    private PlanPrint.Edition edition(Plan plan, String label, String date) {
        return new PlanPrint.Edition(councils.council(plan.councilId()).name(), label, date);
    }

    private List<PlanDeclaration> declarations(long planId) {
        return annexes.orderedStream().flatMap(a -> a.declarations(planId).stream()).toList();
    }

    private List<AnnexEntry> annex(long planId) {
        return annexes.orderedStream().flatMap(a -> a.entries(planId).stream()).toList();
    }
}
