package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.council.StakeholderGroup.BUSINESS;
import static org.councilworkspace.council.StakeholderGroup.CIVIL_SOCIETY;
import static org.councilworkspace.council.StakeholderGroup.EXPERT;
import static org.councilworkspace.council.StakeholderGroup.MINISTRY;

import java.util.List;
import java.util.Set;
import org.councilworkspace.amendment.MissingSupport.Kind;
import org.junit.jupiter.api.Test;

/** Each part of a support rule on its own, said as what is still missing. */
class SupportCheckTest {

    @Test
    void no_rule_asks_for_nothing_even_with_no_supporter() {
        assertThat(SupportCheck.missing(SupportRule.NONE, EXPERT, List.of())).isEmpty();
    }

    @Test
    void every_unmet_part_is_listed_with_how_many_are_missing() {
        SupportRule rule = new SupportRule(3, true, Set.of(BUSINESS, CIVIL_SOCIETY), 1);
        assertThat(SupportCheck.missing(rule, EXPERT, List.of(EXPERT))).containsExactly(
                new MissingSupport(Kind.SUPPORTERS, 2, null),
                new MissingSupport(Kind.OTHER_GROUP, 1, EXPERT),
                new MissingSupport(Kind.GROUP, 1, BUSINESS),
                new MissingSupport(Kind.GROUP, 1, CIVIL_SOCIETY));
        assertThat(SupportCheck.missing(rule, EXPERT, List.of(EXPERT, BUSINESS, CIVIL_SOCIETY))).isEmpty();
    }

    @Test
    void a_supporter_from_a_named_group_that_is_also_another_group_meets_both_parts() {
        SupportRule rule = new SupportRule(0, true, Set.of(MINISTRY), 1);
        assertThat(SupportCheck.missing(rule, BUSINESS, List.of(BUSINESS))).containsExactly(
                new MissingSupport(Kind.OTHER_GROUP, 1, BUSINESS), new MissingSupport(Kind.GROUP, 1, MINISTRY));
        assertThat(SupportCheck.missing(rule, BUSINESS, List.of(MINISTRY))).isEmpty();
    }

    @Test
    void a_proposer_who_left_the_council_needs_just_one_supporter_from_anywhere_for_the_other_group_part() {
        SupportRule rule = new SupportRule(0, true, Set.of(), 1);
        assertThat(SupportCheck.missing(rule, null, List.of()))
                .containsExactly(new MissingSupport(Kind.SUPPORTERS, 1, null));
        assertThat(SupportCheck.missing(rule, null, List.of(EXPERT))).isEmpty();
    }
}
