package org.councilworkspace.consensus;

import java.util.List;

/** The whole matrix of a plan, with the summary the chair reads first. */
public record ConsensusMatrix(long planId, MatrixRow plan, List<MatrixRow> sections) {

    public long agreed() {
        return sections.stream().filter(r -> r.state() == SectionConsensusState.AGREED).count();
    }
}
