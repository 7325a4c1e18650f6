package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's outline: chapters, sections and subsections (three levels), their order, lead drafters and
 * state. Sections are archived, never deleted.
 */
@Service
@Transactional
public class OutlineService {

    static final int MAX_DEPTH = 3;

    private final SectionRepository sections;
    private final OutlineMoves moves;
    private final PlanAccess access;
    private final CouncilService councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutlineService(SectionRepository sections, OutlineMoves moves, PlanAccess access, CouncilService councils,
                   ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.moves = moves;
        this.access = access;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutlineNode> outline(long planId, boolean includeArchived) {
        access.plan(planId, CouncilAction.READ);
        return build(planId, includeArchived);
    }

    List<OutlineNode> build(long planId, boolean includeArchived) {
        return OutlineBuilder.build(sections.ofPlan(planId), sections.leadsOfPlan(planId),
                sections.currentRevisionNumbers(planId), includeArchived);
    }

    /**
     * One section's place in the outline (its number needs the whole tree, its leads and revision only its own):
     * what a section page needs, without reading every section's leads and revisions.
     */
    OutlineNode node(long planId, long sectionId) {
        return OutlineBuilder.build(sections.ofPlan(planId), sections.leadsOfSection(sectionId),
                        sections.currentRevisionNumber(sectionId), true).stream()
                .filter(n -> n.sectionId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Section"));
    }

    public long addSection(long planId, Long parentId, String title) {
        var context = access.plan(planId, CouncilAction.MANAGE_PLAN);
        PlanAccess.requireTextOpen(context.plan());
        String name = TextRules.requiredLine("title", title, 300);
        if (parentId != null) {
            PlanSectionRecord parent = sectionOfPlan(parentId, planId);
            if (parent.getArchived()) {
                throw new InvalidInputException("parent", "outline.parent-archived");
            }
            if (moves.depth(parent) >= MAX_DEPTH) {
                throw new InvalidInputException("parent", "outline.too-deep", MAX_DEPTH);
            }
        }
        long id = sections.insert(planId, parentId, sections.nextPosition(planId, parentId), name, null,
                OffsetDateTime.now(clock));
        publish(context.member().actor(), context.plan(), "SECTION_ADDED", id, name);
        return id;
    }

    public void rename(long sectionId, String title, int expectedVersion) {
        var context = managed(sectionId);
        String name = TextRules.requiredLine("title", title, 300);
        if (!sections.rename(sectionId, name, expectedVersion)) {
            throw new ConcurrentChangeException("Section");
        }
        publish(context.member().actor(), context.plan(), "SECTION_RENAMED", sectionId,
                context.section().getTitle() + " → " + name);
    }

    public void move(long sectionId, OutlineMove move) {
        var context = managed(sectionId);
        PlanSectionRecord section = context.section();
        String before = node(section.getPlanId(), sectionId).number();
        moves.apply(section, move);
        String after = node(section.getPlanId(), sectionId).number();
        publish(context.member().actor(), context.plan(), "SECTION_MOVED", sectionId,
                section.getTitle() + ": " + before + " → " + after + " (" + move + ")");
    }

    /** Takes a section and its subsections out of the outline (and the numbering); nothing is deleted. */
    public void archive(long sectionId) {
        var context = managed(sectionId);
        if (context.section().getArchived()) {
            return;
        }
        String before = node(context.plan().id(), sectionId).number();
        sections.setArchived(sectionId, true);
        publish(context.member().actor(), context.plan(), "SECTION_ARCHIVED", sectionId,
                context.section().getTitle() + ": " + before + " → archived");
    }

    public void restore(long sectionId) {
        var context = managed(sectionId);
        Long parentId = context.section().getParentId();
        if (parentId != null && sections.find(parentId).orElseThrow().getArchived()) {
            throw new InvalidInputException("parent", "outline.parent-archived");
        }
        if (!context.section().getArchived()) {
            return;
        }
        sections.setArchived(sectionId, false);
        publish(context.member().actor(), context.plan(), "SECTION_RESTORED", sectionId,
                context.section().getTitle() + ": archived → " + node(context.plan().id(), sectionId).number());
    }

    public void setState(long sectionId, SectionState state) {
        var context = managed(sectionId);
        SectionState before = SectionState.valueOf(context.section().getState());
        if (before == Objects.requireNonNull(state)) {
            return;
        }
        sections.setState(sectionId, state);
        publish(context.member().actor(), context.plan(), "SECTION_STATE_CHANGED", sectionId,
                node(context.plan().id(), sectionId).numberedTitle() + ": " + before + " → " + state);
    }

    /**
     * Lead drafters must be current members who may draft (not observers). Those no longer chosen are ended, not
     * deleted, so the section's record keeps who named or removed whom and when.
     */
    public void setLeads(long sectionId, Collection<Long> userIds) {
        var context = managed(sectionId);
        Map<Long, String> allowed = membersWhoMayLead(context.plan().councilId()).stream()
                .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
        Set<Long> chosen = new LinkedHashSet<>(userIds);
        if (!allowed.keySet().containsAll(chosen)) {
            throw new InvalidInputException("leads", "outline.lead-not-member");
        }
        OutlineNode node = node(context.plan().id(), sectionId);
        Map<Long, String> current = node.leads().stream()
                .collect(Collectors.toMap(Lead::userId, Lead::displayName, (a, b) -> a));
        List<Long> added = chosen.stream().filter(id -> !current.containsKey(id)).toList();
        List<Long> removed = current.keySet().stream().filter(id -> !chosen.contains(id)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        Actor actor = context.member().actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        sections.endLeads(sectionId, removed, actor.id(), now);
        sections.addLeads(sectionId, added, actor.id(), now);
        Map<Long, String> after = new HashMap<>(current);
        removed.forEach(after::remove);
        added.forEach(id -> after.put(id, allowed.get(id)));
        publish(actor, context.plan(), "SECTION_LEADS_CHANGED", sectionId, node.numberedTitle() + ": "
                + LeadChange.describe(current.values(), after.values(), added.stream().map(allowed::get).toList(),
                        removed.stream().map(current::get).toList()));
    }

    /** Who has led the section and who named or removed them, current and ended; for those who may read the plan. */
    @Transactional(readOnly = true)
    public List<LeadTerm> leadHistory(long sectionId) {
        access.section(sectionId, CouncilAction.READ);
        return sections.leadHistory(sectionId);
    }

    /** Members who may be named lead drafters of the plan's sections. */
    @Transactional(readOnly = true)
    public List<Member> leadCandidates(long planId) {
        return membersWhoMayLead(access.plan(planId, CouncilAction.READ).plan().councilId());
    }

    private List<Member> membersWhoMayLead(long councilId) {
        return councils.currentMembers(councilId).stream().filter(m -> m.role() != CouncilRole.OBSERVER).toList();
    }

    private PlanAccess.SectionContext managed(long sectionId) {
        var context = access.section(sectionId, CouncilAction.MANAGE_PLAN);
        PlanAccess.requireTextOpen(context.plan());
        return context;
    }

    private PlanSectionRecord sectionOfPlan(long sectionId, long planId) {
        return sections.find(sectionId).filter(s -> s.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Section"));
    }

    private void publish(Actor actor, Plan plan, String action, long sectionId, String summary) {
        events.publishEvent(new PlanChanged(actor.id(), actor.username(), plan.councilId(), action, "SECTION",
                Long.toString(sectionId), summary));
    }
}
