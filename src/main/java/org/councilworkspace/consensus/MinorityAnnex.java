package org.councilworkspace.consensus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.AnnexEntry;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanAnnex;
import org.springframework.stereotype.Component;

/** The minority opinions annex, for the plan's exports. */
@Component
class MinorityAnnex implements PlanAnnex {

    private final ChairService chair;
    private final OutlineService outline;

    MinorityAnnex(ChairService chair, OutlineService outline) {
        this.chair = chair;
        this.outline = outline;
    }

    @Override
    public List<AnnexEntry> entries(long planId) {
        Map<Long, OutlineNode> sections = outline.outline(planId, true).stream()
                .collect(Collectors.toMap(OutlineNode::sectionId, Function.identity()));
        return chair.annex(planId).stream().map(o -> new AnnexEntry(
                o.sectionId() == null ? null
                        : sections.containsKey(o.sectionId()) ? sections.get(o.sectionId()).numberedTitle() : "",
                o.memberName(), o.organization() == null ? "" : o.organization(),
                o.stance() == Stance.OBJECT ? Stance.OBJECT.name() : Stance.AGREE_WITH_RESERVATIONS.name(), o.text(), o.consented())).toList();
    }
}
