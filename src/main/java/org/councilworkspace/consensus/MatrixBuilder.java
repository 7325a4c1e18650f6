package org.councilworkspace.consensus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.StakeholderGroup;

/**
 * Builds matrix rows from the aggregated counts (a few rows per subject from SQL, never one per member)
 * and applies the council's rule to each subject.
 */
final class MatrixBuilder {

    private record Key(Long sectionId, StakeholderGroup group) {
    }

    private final Council council;
    private final Map<StakeholderGroup, Integer> voting;
    private final Map<Key, Map<Stance, Integer>> current = new HashMap<>();
    private final Map<Key, Integer> stale = new HashMap<>();
    private final int votingTotal;

    MatrixBuilder(Council council, List<PositionRepository.Count> counts, Map<StakeholderGroup, Integer> voting) {
        this.council = council;
        this.voting = voting;
        this.votingTotal = voting.values().stream().mapToInt(Integer::intValue).sum();
        for (PositionRepository.Count c : counts) {
            Key key = new Key(c.sectionId(), c.group());
            if (c.stale()) {
                stale.merge(key, c.count(), Integer::sum);
            } else {
                current.computeIfAbsent(key, k -> new EnumMap<>(Stance.class)).merge(c.stance(), c.count(), Integer::sum);
            }
        }
    }

    MatrixRow row(Long sectionId, String number, String title, boolean declared, boolean waitingForMe,
                  String declaration) {
        List<MatrixCell> cells = new ArrayList<>();
        Map<Stance, Integer> all = new EnumMap<>(Stance.class);
        int staleTotal = 0;
        for (StakeholderGroup group : StakeholderGroup.values()) {
            Key key = new Key(sectionId, group);
            Map<Stance, Integer> byStance = current.getOrDefault(key, Map.of());
            int spoken = byStance.values().stream().mapToInt(Integer::intValue).sum();
            int staleHere = stale.getOrDefault(key, 0);
            // A member whose position went stale has spoken, on an earlier text: counted once, as stale, not again
            // among those who have not responded.
            cells.add(new MatrixCell(group, byStance, staleHere,
                    Math.max(0, voting.getOrDefault(group, 0) - spoken - staleHere)));
            byStance.forEach((s, n) -> all.merge(s, n, Integer::sum));
            staleTotal += staleHere;
        }
        RuleOutcome outcome = ConsensusRules.evaluate(council.consensusRule(), council.majorityPercent(),
                council.quorumPercent(), votingTotal, all);
        int currentTotal = all.values().stream().mapToInt(Integer::intValue).sum();
        SectionConsensusState state = SectionConsensusState.of(outcome, declared, currentTotal, staleTotal,
                all.getOrDefault(Stance.OBJECT, 0));
        return new MatrixRow(sectionId, Objects.requireNonNullElse(number, ""), title, state, outcome, cells,
                waitingForMe, declaration);
    }
}
