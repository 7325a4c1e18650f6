package org.councilworkspace.consensus;

import java.util.List;
import org.councilworkspace.plan.AdoptionCheck;
import org.springframework.stereotype.Component;

/** A plan may be adopted only when every section with text is agreed (declared, possibly over objections). */
@Component
class ConsensusAdoptionCheck implements AdoptionCheck {

    private final ConsensusService consensus;

    ConsensusAdoptionCheck(ConsensusService consensus) {
        this.consensus = consensus;
    }

    @Override
    public List<String> blockers(long planId) {
        return consensus.matrix(planId, MatrixFilter.ALL).sections().stream()
                .filter(r -> r.state() != SectionConsensusState.AGREED)
                .map(r -> r.number() + " " + r.title())
                .toList();
    }
}
