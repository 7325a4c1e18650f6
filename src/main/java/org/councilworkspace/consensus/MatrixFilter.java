package org.councilworkspace.consensus;

/** The matrix's filters. */
public enum MatrixFilter {
    ALL, CONTESTED, STALE, NOT_STARTED, WAITING_FOR_ME;

    boolean keeps(MatrixRow row) {
        return switch (this) {
            case ALL -> true;
            case CONTESTED -> row.state() == SectionConsensusState.CONTESTED;
            case STALE -> row.total(MatrixCell::stale) > 0;
            case NOT_STARTED -> row.state() == SectionConsensusState.NOT_STARTED;
            case WAITING_FOR_ME -> row.waitingForMe();
        };
    }
}
