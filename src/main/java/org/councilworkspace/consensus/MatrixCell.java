package org.councilworkspace.consensus;

import java.util.Map;
import org.councilworkspace.council.StakeholderGroup;

/** One stakeholder group on one subject: current positions by stance, stale ones, and who has not spoken. */
public record MatrixCell(StakeholderGroup group, Map<Stance, Integer> current, int stale, int notResponded) {

    public int count(Stance stance) {
        return current.getOrDefault(stance, 0);
    }
}
