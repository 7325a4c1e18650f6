package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.CouncilAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "New since I last looked": what the signed-in person last saw of each section (the revision shown and when), and
 * what changed since. Only ever the person's own looks; each call first checks that they may read the plan, so a
 * look cannot be recorded or read on another council's section.
 */
@Service
@Transactional
public class LastLookService {

    private final PlanAccess access;
    private final SectionLookRepository looks;
    private final List<NewSinceLook> others;
    private final Clock clock;

    LastLookService(PlanAccess access, SectionLookRepository looks, List<NewSinceLook> others, Clock clock) {
        this.access = access;
        this.looks = looks;
        this.others = others;
        this.clock = clock;
    }

    /**
     * The person opens a section: what changed since their last look, if anything. With nothing new, and on a first
     * visit (when everything is new and a list of it would only flood the page), the look is recorded at once; with
     * something new it stays where it was until they mark the changes as seen, so the notice is not lost by a glance.
     */
    public Optional<SinceLastLook> open(long sectionId) {
        var context = access.section(sectionId, CouncilAction.READ);
        long me = context.member().actor().id();
        Long current = context.section().getCurrentRevisionId();
        Optional<SectionLookRepository.Look> last = looks.find(me, sectionId);
        if (last.isPresent()) {
            SectionLookRepository.Look look = last.get();
            var revisions = looks.revisionsSince(sectionId, me, look.revisionNo());
            List<NewSinceLook.NewThings> news = others.stream()
                    .map(o -> o.since(sectionId, me, context.member().role(), look.lookedAt())).toList();
            SinceLastLook since = new SinceLastLook(look.lookedAt(), look.revisionId(), current, revisions.count(),
                    revisions.authors(), news, access.language(context.plan().councilId()).calendar());
            if (since.anything()) {
                return Optional.of(since);
            }
        }
        looks.record(me, sectionId, current, OffsetDateTime.now(clock));
        return Optional.empty();
    }

    /** The person has seen the section as it was in {@code revisionId} (null: a section without text), now. */
    public void markSeen(long sectionId, Long revisionId) {
        var context = access.section(sectionId, CouncilAction.READ);
        if (revisionId != null && !looks.isRevisionOf(revisionId, sectionId)) {
            throw new NotFoundException("Revision");
        }
        looks.record(context.member().actor().id(), sectionId, revisionId, OffsetDateTime.now(clock));
    }

    /** When the person last looked at the section, if ever (what is newer counts as new to them). */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> lastLooked(long sectionId) {
        var context = access.section(sectionId, CouncilAction.READ);
        return looks.find(context.member().actor().id(), sectionId).map(SectionLookRepository.Look::lookedAt);
    }

    /**
     * The plan's sections that others revised since the person last looked at them, with how many revisions; sections
     * never looked at are not listed (everything there is new).
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> changedSections(long planId) {
        var context = access.plan(planId, CouncilAction.READ);
        return looks.changedInPlan(planId, context.member().actor().id());
    }
}
