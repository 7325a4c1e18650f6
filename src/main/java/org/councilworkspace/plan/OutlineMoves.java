package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.db.tables.records.PlanSectionRecord;
import org.springframework.stereotype.Component;

/** Moving a section in the outline tree: up and down among its siblings, into the one above, out to its parent's level. */
@Component
class OutlineMoves {

    private final SectionRepository sections;

    OutlineMoves(SectionRepository sections) {
        this.sections = sections;
    }

    void apply(PlanSectionRecord section, OutlineMove move) {
        long sectionId = section.getId();
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
    }

    private void indent(PlanSectionRecord section, List<PlanSectionRecord> siblings, int index) {
        requireThat(index > 0, "outline.cannot-indent");
        PlanSectionRecord newParent = siblings.get(index - 1);
        if (depth(newParent) + 1 + height(section) - 1 > OutlineService.MAX_DEPTH) {
            throw new InvalidInputException("move", "outline.too-deep", OutlineService.MAX_DEPTH);
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

    int depth(PlanSectionRecord section) {
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
}
