package org.councilworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.consensus.Stance.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.councilworkspace.council.ConsensusRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsensusRulesTest {

    @ParameterizedTest(name = "{0}, {1} voting, quorum {2}%: agree {3}, reservations {4}, discuss {5}, abstain {6}, object {7} -> {8}")
    @CsvSource({
            // rule,            voting, quorum, agree, reserv, discuss, abstain, object, outcome
            "NO_OBJECTION,        10, 50, 5, 0, 0, 0, 0, REACHED",
            "NO_OBJECTION,        10, 50, 4, 0, 0, 0, 0, QUORUM_NOT_MET",
            "NO_OBJECTION,        10, 50, 6, 2, 0, 0, 1, BLOCKED",
            "NO_OBJECTION,        10, 50, 6, 0, 1, 0, 0, NOT_REACHED",
            "NO_OBJECTION,        10, 50, 3, 3, 0, 0, 0, REACHED",
            "NO_OBJECTION,        10, 50, 0, 0, 0, 6, 0, NOT_REACHED",
            "UNANIMITY,           5, 50, 5, 0, 0, 0, 0, REACHED",
            "UNANIMITY,           5, 50, 4, 0, 0, 0, 0, NOT_REACHED",
            "UNANIMITY,           5, 50, 3, 1, 0, 1, 0, REACHED",
            "UNANIMITY,           5, 50, 4, 0, 0, 0, 1, BLOCKED",
            "QUALIFIED_MAJORITY, 12, 50, 9, 0, 0, 0, 2, REACHED",
            "QUALIFIED_MAJORITY, 12, 50, 8, 0, 0, 0, 2, NOT_REACHED",
            "QUALIFIED_MAJORITY, 12, 50, 7, 0, 0, 0, 0, NOT_REACHED",
            "QUALIFIED_MAJORITY, 12, 50, 6, 0, 0, 0, 5, BLOCKED",
            "CHAIR_DECIDES,      10, 50, 10, 0, 0, 0, 0, NOT_REACHED",
            "CHAIR_DECIDES,      10, 50, 1, 0, 0, 0, 0, QUORUM_NOT_MET"})
    void rules_decide_as_the_council_would(ConsensusRule rule, int voting, int quorum, int agree, int reservations,
                                           int discuss, int abstain, int object, RuleOutcome expected) {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        counts.put(AGREE, agree);
        counts.put(AGREE_WITH_RESERVATIONS, reservations);
        counts.put(NEEDS_DISCUSSION, discuss);
        counts.put(ABSTAIN, abstain);
        counts.put(OBJECT, object);
        assertThat(ConsensusRules.evaluate(rule, 67, quorum, voting, counts)).isEqualTo(expected);
    }

    /*
     * Property checks: each runs a rule over many generated councils and position counts (seeded, so a
     * failure repeats) and states what must hold for every one of them.
     */
    private static final int TRIALS = 20_000;

    @Test
    void no_rule_reports_consensus_while_quorum_is_not_met() {
        Random random = new Random(1);
        for (int i = 0; i < TRIALS; i++) {
            ConsensusRule rule = ConsensusRule.values()[random.nextInt(ConsensusRule.values().length)];
            int voting = 1 + random.nextInt(200);
            int quorum = 1 + random.nextInt(100);
            Map<Stance, Integer> counts = counts(random, voting);
            int spoken = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (spoken * 100L < (long) quorum * voting) {
                assertThat(ConsensusRules.evaluate(rule, 50 + random.nextInt(51), quorum, voting, counts))
                        .as("%s, %d voting, quorum %d%%, %s", rule, voting, quorum, counts)
                        .isNotEqualTo(RuleOutcome.REACHED);
            }
        }
    }

    @Test
    void an_objection_always_blocks_no_objection_and_unanimity() {
        Random random = new Random(2);
        for (int i = 0; i < TRIALS; i++) {
            int voting = 1 + random.nextInt(200);
            int quorum = random.nextInt(101);
            Map<Stance, Integer> counts = counts(random, voting - 1);
            counts.merge(OBJECT, 1, Integer::sum);
            assertThat(ConsensusRules.evaluate(ConsensusRule.NO_OBJECTION, 67, quorum, voting, counts)).as("%s", counts)
                    .isEqualTo(RuleOutcome.BLOCKED);
            assertThat(ConsensusRules.evaluate(ConsensusRule.UNANIMITY, 67, quorum, voting, counts)).as("%s", counts)
                    .isEqualTo(RuleOutcome.BLOCKED);
        }
    }

    @Test
    void when_the_chair_decides_there_is_no_automatic_consensus() {
        Random random = new Random(3);
        for (int i = 0; i < TRIALS; i++) {
            int voting = 1 + random.nextInt(200);
            Map<Stance, Integer> counts = counts(random, voting);
            assertThat(ConsensusRules.evaluate(ConsensusRule.CHAIR_DECIDES, 67, random.nextInt(101), voting, counts))
                    .isNotEqualTo(RuleOutcome.REACHED);
        }
    }

    @Test
    void one_more_agreement_never_undoes_a_reached_consensus() {
        Random random = new Random(4);
        for (int i = 0; i < TRIALS; i++) {
            ConsensusRule rule = ConsensusRule.values()[random.nextInt(ConsensusRule.values().length)];
            int voting = 2 + random.nextInt(100);
            int majority = 50 + random.nextInt(51);
            int quorum = random.nextInt(101);
            Map<Stance, Integer> counts = counts(random, voting - 1);
            if (ConsensusRules.evaluate(rule, majority, quorum, voting, counts) != RuleOutcome.REACHED
                    || counts.values().stream().mapToInt(Integer::intValue).sum() >= voting) {
                continue;
            }
            Map<Stance, Integer> more = new EnumMap<>(counts);
            more.merge(AGREE, 1, Integer::sum);
            assertThat(ConsensusRules.evaluate(rule, majority, quorum, voting, more)).as("%s %s", rule, counts)
                    .isEqualTo(RuleOutcome.REACHED);
        }
    }

    /** Random counts of positions whose total does not exceed the voting members. */
    private static Map<Stance, Integer> counts(Random random, int max) {
        Map<Stance, Integer> m = new EnumMap<>(Stance.class);
        int left = Math.max(0, random.nextInt(max + 1));
        for (Stance s : Stance.values()) {
            int n = s == Stance.values()[Stance.values().length - 1] ? left : random.nextInt(left + 1);
            m.put(s, n);
            left -= n;
        }
        return m;
    }
}
