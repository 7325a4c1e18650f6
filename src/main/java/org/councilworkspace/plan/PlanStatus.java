package org.councilworkspace.plan;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a plan stands, and the steps it may take from there. */
public enum PlanStatus {
    DRAFTING, DELIBERATION, CONSULTATION, FINAL_REVIEW, ADOPTED, PUBLISHED, SUPERSEDED;

    /** The statuses this one may move to by hand (supersession happens when the next cycle is adopted). */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFTING -> EnumSet.of(DELIBERATION);
            case DELIBERATION -> EnumSet.of(DRAFTING, CONSULTATION, FINAL_REVIEW);
            case CONSULTATION -> EnumSet.of(DELIBERATION, FINAL_REVIEW);
            case FINAL_REVIEW -> EnumSet.of(DELIBERATION, ADOPTED);
            case ADOPTED -> EnumSet.of(PUBLISHED);
            case PUBLISHED, SUPERSEDED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    /** Once adopted, the text is the council's decision: no more edits to it. */
    public boolean textLocked() {
        return this == ADOPTED || this == PUBLISHED || this == SUPERSEDED;
    }

    /** The names of the statuses whose text is locked, for queries that leave such plans out. */
    public static List<String> textLockedNames() {
        return Arrays.stream(values()).filter(PlanStatus::textLocked).map(Enum::name).toList();
    }
}
