package org.councilworkspace.consensus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.AnnexEntry;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanAnnex;
import org.councilworkspace.plan.PlanDeclaration;
import org.springframework.stereotype.Component;

/** The minority opinions annex, for the plan's exports. */
@Component
class MinorityAnnex implements PlanAnnex {

    private final ChairService chair;
    private final OutlineService outline;
    private final DeclarationRepository declarations;

    MinorityAnnex(ChairService chair, OutlineService outline, DeclarationRepository declarations) {
        this.chair = chair;
        this.outline = outline;
        this.declarations = declarations;
    }

    /** Called by the plan's exports after they checked the reader may read the plan. */
    @Override
    public List<PlanDeclaration> declarations(long planId) {
        Map<Long, DeclarationRepository.Declaration> standing = declarations.standing(planId);
        return outline.outline(planId, true).stream().filter(n -> standing.containsKey(n.sectionId())).map(n -> {
            DeclarationRepository.Declaration d = standing.get(n.sectionId());
            return new PlanDeclaration(n.numberedTitle(), d.summary(), d.declaredBy(), d.override(), n.sectionId(),
                    d.declaredAt());
        }).toList();
    }

    @Override
    public List<AnnexEntry> entries(long planId) {
        Map<Long, OutlineNode> sections = outline.outline(planId, true).stream()
                .collect(Collectors.toMap(OutlineNode::sectionId, Function.identity()));
        return chair.annex(planId).stream().map(o -> new AnnexEntry(
                o.sectionId() == null ? null
                        : sections.containsKey(o.sectionId()) ? sections.get(o.sectionId()).numberedTitle() : "",
                o.memberName(), o.organization() == null ? "" : o.organization(),
                o.stance() == Stance.OBJECT ? Stance.OBJECT.name() : Stance.AGREE_WITH_RESERVATIONS.name(), o.text(), o.consented(),
                o.sectionId(), o.recordedAt())).toList();
    }
}
