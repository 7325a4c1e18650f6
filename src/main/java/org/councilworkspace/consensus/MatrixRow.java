package org.councilworkspace.consensus;

import java.util.List;

/**
 * One row of the consensus matrix: a section (or, with a null section, the plan as a whole), its state
 * under the council's rule, and a cell per stakeholder group.
 */
public record MatrixRow(Long sectionId, String number, String title, SectionConsensusState state,
                        RuleOutcome outcome, List<MatrixCell> cells, boolean waitingForMe, String declaration) {

    public int total(java.util.function.ToIntFunction<MatrixCell> count) {
        return cells.stream().mapToInt(count).sum();
    }
}
