package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final PlanAccess access;
    private final CouncilService councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutlineService(SectionRepository sections, PlanAccess access, CouncilService councils,
                   ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
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
            if (depth(parent) >= MAX_DEPTH) {
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
        List<PlanSectionRecord> siblings = siblings(section.getPlanId(), section.getParentId());
        int index = indexOf(siblings, sectionId);
        switch (move) {
            case UP -> {
                requireThat(index > 0, "outline.already-first");
                reorder(siblings, index, index - 1);
            }
            case DOWN -> {
                requireThat(index < siblings.size() - 1, "outline.already-last");
                reorder(siblings, index, index + 1);
            }
            case INDENT -> indent(section, siblings, index);
            case OUTDENT -> outdent(section, siblings, index);
        }
        publish(context.member().actor(), context.plan(), "SECTION_MOVED", sectionId, section.getTitle() + " " + move);
    }

    public void archive(long sectionId) {
        var context = managed(sectionId);
        sections.setArchived(sectionId, true);
        publish(context.member().actor(), context.plan(), "SECTION_ARCHIVED", sectionId, context.section().getTitle());
    }

    public void restore(long sectionId) {
        var context = managed(sectionId);
        Long parentId = context.section().getParentId();
        if (parentId != null && sections.find(parentId).orElseThrow().getArchived()) {
            throw new InvalidInputException("parent", "outline.parent-archived");
        }
        sections.setArchived(sectionId, false);
        publish(context.member().actor(), context.plan(), "SECTION_RESTORED", sectionId, context.section().getTitle());
    }

    public void setState(long sectionId, SectionState state) {
        var context = managed(sectionId);
        sections.setState(sectionId, Objects.requireNonNull(state));
        publish(context.member().actor(), context.plan(), "SECTION_STATE_CHANGED", sectionId, String.valueOf(state));
    }

    /** Lead drafters must be current members who may draft (not observers). */
    public void setLeads(long sectionId, Collection<Long> userIds) {
        var context = managed(sectionId);
        Set<Long> allowed = membersWhoMayLead(context.plan().councilId()).stream().map(Member::userId)
                .collect(Collectors.toSet());
        Set<Long> chosen = new LinkedHashSet<>(userIds);
        if (!allowed.containsAll(chosen)) {
            throw new InvalidInputException("leads", "outline.lead-not-member");
        }
        sections.replaceLeads(sectionId, chosen);
        publish(context.member().actor(), context.plan(), "SECTION_LEADS_CHANGED", sectionId,
                chosen.size() + " lead drafter(s)");
    }

    /** Members who may be named lead drafters of the plan's sections. */
    @Transactional(readOnly = true)
    public List<Member> leadCandidates(long planId) {
        return membersWhoMayLead(access.plan(planId, CouncilAction.READ).plan().councilId());
    }

    private List<Member> membersWhoMayLead(long councilId) {
        return councils.currentMembers(councilId).stream().filter(m -> m.role() != CouncilRole.OBSERVER).toList();
    }

    private void indent(PlanSectionRecord section, List<PlanSectionRecord> siblings, int index) {
        requireThat(index > 0, "outline.cannot-indent");
        PlanSectionRecord newParent = siblings.get(index - 1);
        if (depth(newParent) + 1 + height(section) - 1 > MAX_DEPTH) {
            throw new InvalidInputException("move", "outline.too-deep", MAX_DEPTH);
        }
        sections.place(section.getId(), newParent.getId(), sections.nextPosition(section.getPlanId(), newParent.getId()));
        List<PlanSectionRecord> rest = new ArrayList<>(siblings);
        rest.remove(index);
        renumber(rest);
    }

    private void outdent(PlanSectionRecord section, List<PlanSectionRecord> siblings, int index) {
        requireThat(section.getParentId() != null, "outline.cannot-outdent");
        PlanSectionRecord parent = sections.find(section.getParentId()).orElseThrow();
        List<PlanSectionRecord> grandSiblings = siblings(section.getPlanId(), parent.getParentId());
        List<PlanSectionRecord> rest = new ArrayList<>(siblings);
        rest.remove(index);
        renumber(rest);
        grandSiblings.add(indexOf(grandSiblings, parent.getId()) + 1, section);
        sections.place(section.getId(), parent.getParentId(), 0);
        renumber(grandSiblings);
    }

    private void reorder(List<PlanSectionRecord> siblings, int from, int to) {
        List<PlanSectionRecord> order = new ArrayList<>(siblings);
        order.add(to, order.remove(from));
        renumber(order);
    }

    private void renumber(List<PlanSectionRecord> order) {
        for (int i = 0; i < order.size(); i++) {
            sections.setPosition(order.get(i).getId(), i);
        }
    }

    private List<PlanSectionRecord> siblings(long planId, Long parentId) {
        return sections.ofPlan(planId).stream().filter(s -> Objects.equals(s.getParentId(), parentId))
                .sorted((a, b) -> a.getPosition().equals(b.getPosition()) ? Long.compare(a.getId(), b.getId())
                        : Integer.compare(a.getPosition(), b.getPosition()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private int depth(PlanSectionRecord section) {
        int depth = 1;
        Long parent = section.getParentId();
        while (parent != null) {
            depth++;
            parent = sections.find(parent).orElseThrow().getParentId();
        }
        return depth;
    }

    /** Levels in the subtree rooted at the section (1 for a leaf). */
    private int height(PlanSectionRecord section) {
        List<PlanSectionRecord> all = sections.ofPlan(section.getPlanId());
        return height(section.getId(), all);
    }

    private static int height(long id, List<PlanSectionRecord> all) {
        int max = 0;
        for (PlanSectionRecord s : all) {
            if (Objects.equals(s.getParentId(), id)) {
                max = Math.max(max, height(s.getId(), all));
            }
        }
        return max + 1;
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

    private static int indexOf(List<PlanSectionRecord> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == id) {
                return i;
            }
        }
        throw new NotFoundException("Section");
    }

    private static void requireThat(boolean condition, String messageKey) {
        if (!condition) {
            throw new InvalidInputException("move", messageKey);
        }
    }

    private void publish(Actor actor, Plan plan, String action, long sectionId, String summary) {
        events.publishEvent(new PlanChanged(actor.id(), actor.username(), plan.councilId(), action, "SECTION",
                Long.toString(sectionId), summary));
    }
}
