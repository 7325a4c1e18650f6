package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.db.tables.records.PlanSectionRecord;

/**
 * Turns a plan's section rows into the outline: depth-first order, numbers that follow the tree
 * (1, 1.1, 1.1.1), archived subtrees unnumbered. Pure, so numbering is tested without a database.
 */
final class OutlineBuilder {

    private final Map<Long, List<PlanSectionRecord>> children = new LinkedHashMap<>();
    private final Map<Long, List<Lead>> leads;
    private final Map<Long, Integer> revisionNumbers;
    private final List<OutlineNode> result = new ArrayList<>();

    private OutlineBuilder(List<PlanSectionRecord> sections, Map<Long, List<Lead>> leads,
                           Map<Long, Integer> revisionNumbers) {
        this.leads = leads;
        this.revisionNumbers = revisionNumbers;
        for (PlanSectionRecord s : sections) {
            children.computeIfAbsent(s.getParentId(), k -> new ArrayList<>()).add(s);
        }
        children.values().forEach(list -> list.sort((a, b) -> a.getPosition() != b.getPosition().intValue()
                ? Integer.compare(a.getPosition(), b.getPosition()) : Long.compare(a.getId(), b.getId())));
    }

    /** Sections must be all of one plan; {@code includeArchived} keeps archived ones (unnumbered) in place. */
    static List<OutlineNode> build(List<PlanSectionRecord> sections, Map<Long, List<Lead>> leads,
                                   Map<Long, Integer> revisionNumbers, boolean includeArchived) {
        OutlineBuilder builder = new OutlineBuilder(sections, leads, revisionNumbers);
        builder.walk(null, "", 1, false, includeArchived);
        return builder.result;
    }

    private void walk(Long parentId, String prefix, int depth, boolean insideArchived, boolean includeArchived) {
        int counter = 0;
        for (PlanSectionRecord s : children.getOrDefault(parentId, List.of())) {
            boolean archived = insideArchived || s.getArchived();
            String number = "";
            if (!archived) {
                counter++;
                number = prefix.isEmpty() ? Integer.toString(counter) : prefix + "." + counter;
            }
            if (!archived || includeArchived) {
                result.add(new OutlineNode(s.getId(), s.getParentId(), number, depth, s.getTitle(),
                        SectionState.valueOf(s.getState()), archived, s.getCurrentRevisionId(),
                        revisionNumbers.getOrDefault(s.getId(), 0), leads.getOrDefault(s.getId(), List.of()),
                        s.getVersion(), s.getSubstantiveRevisionId() != null
                                ? s.getSubstantiveRevisionId() : s.getCurrentRevisionId()));
            }
            walk(s.getId(), number, depth + 1, archived, includeArchived);
        }
    }
}
