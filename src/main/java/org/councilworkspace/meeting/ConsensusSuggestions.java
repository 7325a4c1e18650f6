package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixCell;
import org.councilworkspace.consensus.MatrixFilter;
import org.councilworkspace.consensus.MatrixRow;
import org.councilworkspace.consensus.SectionConsensusState;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.SectionState;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Suggests the sections deliberation is stuck on, in plans still being drafted: contested ones (by the
 * consensus matrix or marked so in the outline) and those whose positions went stale when the text changed.
 */
@Component
@Order(10)
class ConsensusSuggestions implements AgendaSuggestionSource {

    static final String CONTESTED = "meeting.suggest.contested";
    static final String STALE = "meeting.suggest.stale";

    private final CouncilPlans plans;
    private final ConsensusService consensus;
    private final OutlineService outline;

    ConsensusSuggestions(CouncilPlans plans, ConsensusService consensus, OutlineService outline) {
        this.plans = plans;
        this.consensus = consensus;
        this.outline = outline;
    }

    @Override
    public List<AgendaSuggestion> suggestions(long councilId) {
        List<AgendaSuggestion> out = new ArrayList<>();
        for (Plan plan : plans.plans(councilId)) {
            if (plan.status().textLocked()) {
                continue;
            }
            Set<Long> contested = new HashSet<>();
            List<OutlineNode> nodes = outline.outline(plan.id(), false);
            for (MatrixRow row : consensus.matrix(plan.id(), MatrixFilter.ALL).sections()) {
                if (row.state() == SectionConsensusState.CONTESTED) {
                    contested.add(row.sectionId());
                }
            }
            nodes.stream().filter(n -> n.state() == SectionState.CONTESTED).forEach(n -> contested.add(n.sectionId()));
            Set<Long> stale = new HashSet<>();
            for (MatrixRow row : consensus.matrix(plan.id(), MatrixFilter.STALE).sections()) {
                if (row.total(MatrixCell::stale) > 0) {
                    stale.add(row.sectionId());
                }
            }
            for (OutlineNode node : nodes) {
                if (contested.contains(node.sectionId())) {
                    out.add(suggestion(node, CONTESTED, AgendaPurpose.DECISION));
                } else if (stale.contains(node.sectionId())) {
                    out.add(suggestion(node, STALE, AgendaPurpose.DISCUSSION));
                }
            }
        }
        return out;
    }

    private static AgendaSuggestion suggestion(OutlineNode node, String reason, AgendaPurpose purpose) {
        return new AgendaSuggestion(AgendaLinkKind.SECTION, node.sectionId(), node.numberedTitle(), reason, purpose);
    }
}
