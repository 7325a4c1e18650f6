package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.MergeOutcome;
import org.councilworkspace.plan.text.ThreeWayMerge;
import org.councilworkspace.plan.text.WordDiff;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a section without losing a word: every save is a new immutable revision; a save that started
 * from an older revision is merged with what others saved meanwhile, or reported as a conflict and not
 * saved, so nobody's text silently replaces anybody else's.
 */
@Service
@Transactional
public class DraftingService {

    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final OutlineService outline;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<SaveStakes> stakes;

    DraftingService(SectionRepository sections, RevisionRepository revisions, OutlineService outline,
                    PlanAccess access, ApplicationEventPublisher events, Clock clock,
                    ObjectProvider<SaveStakes> stakes) {
        this.stakes = stakes;
        this.sections = sections;
        this.revisions = revisions;
        this.outline = outline;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SectionDraft section(long sectionId) {
        var context = access.section(sectionId, CouncilAction.READ);
        OutlineNode node = outline.node(context.plan().id(), sectionId);
        Revision current = node.currentRevisionId() == null ? null : revisions.find(node.currentRevisionId()).orElseThrow();
        return new SectionDraft(context.plan(), node, current, node.archived() ? EditRight.ARCHIVED
                : access.editRight(context.member(), context.plan(), sectionId));
    }

    /**
     * Saves the author's text, started from {@code baseRevisionId} (null when the section had no text).
     * Nothing is written when the outcome is a conflict or the text is unchanged.
     */
    public SaveOutcome save(long sectionId, Long baseRevisionId, String text, String note) {
        return save(sectionId, baseRevisionId, text, note, RevisionKind.EDIT);
    }

    /**
     * Saves a typo, formatting or numbering fix as an editorial change: labelled so in the history, and the positions
     * and declarations on the section stay standing. Only on top of the newest text (an editorial change is never
     * merged with someone else's), and only as small as {@link EditorialLimit} allows.
     */
    public SaveOutcome saveEditorial(long sectionId, long baseRevisionId, String text, String note) {
        return save(sectionId, baseRevisionId, text, note, RevisionKind.EDITORIAL);
    }

    /**
     * How many members' positions on the section's current text an ordinary save would make stale, so the editor can
     * say so before saving.
     */
    @Transactional(readOnly = true)
    public int positionsAtStake(long sectionId) {
        access.section(sectionId, CouncilAction.READ);
        SaveStakes counter = stakes.getIfAvailable();
        return counter == null ? 0 : counter.positionsAtStake(sectionId);
    }

    /** Saves the text a person settled on after a conflict, on top of the revision they resolved against. */
    public SaveOutcome saveResolution(long sectionId, long theirsRevisionId, String text, String note) {
        return save(sectionId, theirsRevisionId, text, note, RevisionKind.RESOLVED);
    }

    /**
     * Saves an accepted amendment's text as a revision whose author is its proposer; the signed-in person (who
     * accepted it) must be allowed to edit the section, and is named in the note and the audit trail. The same
     * protection as any save: a proposal made on an older revision is merged onto the newest text, and when the
     * changes overlap nothing is saved and the conflict is returned.
     */
    public SaveOutcome saveAmendment(long sectionId, Long baseRevisionId, String text, long proposerId, String note) {
        return save(sectionId, baseRevisionId, text, note, RevisionKind.AMENDMENT, proposerId);
    }

    private SaveOutcome save(long sectionId, Long baseRevisionId, String text, String note, RevisionKind kind) {
        return save(sectionId, baseRevisionId, text, note, kind, null);
    }

    private SaveOutcome save(long sectionId, Long baseRevisionId, String text, String note, RevisionKind kind,
                             Long creditedAuthorId) {
        var context = access.editableSection(sectionId);
        String body = SectionText.check(text);
        String changeNote = SectionText.note(note);
        PlanSectionRecord section = sections.lock(sectionId);
        if (section.getArchived()) {
            throw new InvalidInputException("body", "outline.section-archived");
        }
        Long currentId = section.getCurrentRevisionId();
        Revision current = currentId == null ? null : revisions.find(currentId).orElseThrow();
        String currentText = current == null ? "" : current.body();
        Actor actor = context.member().actor();
        long authorId = creditedAuthorId == null ? actor.id() : creditedAuthorId;
        if (kind == RevisionKind.EDITORIAL) {
            if (current == null || !Objects.equals(baseRevisionId, currentId)) {
                throw new InvalidInputException("body", "editor.editorial-not-newest");
            }
            if (!currentText.equals(body)) {
                EditorialLimit.check(currentText, body);
            }
        }
        if (Objects.equals(baseRevisionId, currentId)) {
            if (current != null && currentText.equals(body)) {
                return new SaveOutcome.Unchanged(current);
            }
            return new SaveOutcome.Saved(append(context.plan(), sectionId, body, actor, authorId, changeNote, currentId,
                    kind, null, currentText));
        }
        String baseText = baseRevisionId == null ? "" : revisionOf(sectionId, baseRevisionId).body();
        MergeOutcome merged = ThreeWayMerge.merge(baseText, body, currentText);
        if (merged instanceof MergeOutcome.Conflicted conflict) {
            return new SaveOutcome.Conflict(current, body, conflict.markedText(), conflict.conflicts(), conflict.parts());
        }
        String mergedText = ((MergeOutcome.Clean) merged).text();
        if (mergedText.equals(currentText)) {
            return new SaveOutcome.Unchanged(current);
        }
        // An amendment stays an amendment when merged forward: the kind says whose words these are.
        Revision revision = append(context.plan(), sectionId, mergedText, actor, authorId, changeNote, currentId,
                kind == RevisionKind.AMENDMENT ? kind : RevisionKind.MERGED, null, currentText);
        return new SaveOutcome.Merged(revision, current);
    }

    /** Saves an earlier revision's text again, as a new revision on top of the newest one. */
    public Revision restore(long sectionId, long revisionId, Long expectedCurrentRevisionId) {
        var context = access.editableSection(sectionId);
        PlanSectionRecord section = sections.lock(sectionId);
        if (!Objects.equals(section.getCurrentRevisionId(), expectedCurrentRevisionId)) {
            throw new ConcurrentChangeException("Section");
        }
        Revision source = revisionOf(sectionId, revisionId);
        String currentText = section.getCurrentRevisionId() == null ? ""
                : revisions.find(section.getCurrentRevisionId()).orElseThrow().body();
        return append(context.plan(), sectionId, source.body(), context.member().actor(), context.member().actor().id(),
                "Restored revision " + source.revisionNo(), section.getCurrentRevisionId(), RevisionKind.RESTORED,
                source.id(), currentText);
    }

    @Transactional(readOnly = true)
    public List<RevisionSummary> history(long sectionId, int offset, int limit) {
        access.section(sectionId, CouncilAction.READ);
        return revisions.page(sectionId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countHistory(long sectionId) {
        access.section(sectionId, CouncilAction.READ);
        return revisions.count(sectionId);
    }

    @Transactional(readOnly = true)
    public Revision revision(long revisionId) {
        Revision revision = revisions.find(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
        access.section(revision.sectionId(), CouncilAction.READ);
        return revision;
    }

    /** Word-level differences from one revision of a section to another (null: the empty text before the first). */
    @Transactional(readOnly = true)
    public List<DiffSegment> compare(long sectionId, Long fromRevisionId, Long toRevisionId) {
        access.section(sectionId, CouncilAction.READ);
        String from = fromRevisionId == null ? "" : revisionOf(sectionId, fromRevisionId).body();
        String to = toRevisionId == null ? "" : revisionOf(sectionId, toRevisionId).body();
        return WordDiff.diff(from, to, Locale.ROOT);
    }

    private Revision append(Plan plan, long sectionId, String body, Actor actor, long authorId, String note,
                            Long baseId, RevisionKind kind, Long sourceId, String previousText) {
        int words = WordDiff.changedWords(WordDiff.diff(previousText, body, Locale.ROOT));
        long id = revisions.insert(sectionId, body, authorId, OffsetDateTime.now(clock), note, baseId, kind, sourceId,
                words);
        sections.setCurrentRevision(sectionId, id, kind != RevisionKind.EDITORIAL);
        Revision revision = revisions.find(id).orElseThrow();
        // The actor is who saved (for the audit trail); the author shown is whom the text is credited to.
        events.publishEvent(new SectionRevised(actor.id(), actor.username(), revision.authorName(), plan.councilId(),
                plan.id(), sectionId, id, revision.revisionNo(), kind));
        return revision;
    }

    private Revision revisionOf(long sectionId, long revisionId) {
        return revisions.find(revisionId).filter(r -> r.sectionId() == sectionId)
                .orElseThrow(() -> new NotFoundException("Revision"));
    }
}
