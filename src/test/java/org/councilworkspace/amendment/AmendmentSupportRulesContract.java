package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The support a council requires before an amendment can be accepted, refused in the service with what is missing. */
abstract class AmendmentSupportRulesContract extends AmendmentWorld {

    @Autowired AmendmentSupportService support;
    @Autowired CouncilService councils;
    @Autowired Fixtures fixtures;

    TestUser business;
    long amendment;

    @BeforeEach
    void businessMemberAndProposal() {
        business = fixtures.user("business");
        AsUser.run(w.secretariat(), () -> councils.addMember(w.councilId(), new NewMembership(business.id(),
                CouncilRole.MEMBER, StakeholderGroup.BUSINESS, "Auto Parts Association",
                OrganizationType.INDUSTRY_ASSOCIATION)));
        amendment = propose(w.member(), TEXT.replace("hubs", "regional hubs"), "Name the regions.");
    }

    @Test
    void a_council_that_set_no_rule_accepts_an_amendment_nobody_supports_as_before() {
        assertThat(as(w.member(), () -> support.rule(w.councilId()))).isEqualTo(SupportRule.NONE);
        assertThat(missing()).isEmpty();
        assertThat(as(w.lead(), () -> amendments.accept(amendment, 0)).state()).isEqualTo(AmendmentState.ACCEPTED);
    }

    @Test
    void too_few_supporters_are_refused_with_how_many_more_are_needed_and_nothing_is_accepted() {
        setRule(w.secretariat(), new SupportRule(2, false, Set.of(), 0));
        AsUser.run(w.chair(), () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));

        assertThatThrownBy(() -> as(w.lead(), () -> amendments.accept(amendment, 0)))
                .isInstanceOfSatisfying(SupportShortfallException.class, e -> assertThat(e.missing())
                        .containsExactly(new MissingSupport(MissingSupport.Kind.SUPPORTERS, 1, null)));
        assertThat(as(w.lead(), () -> amendments.amendment(amendment)).state()).isEqualTo(AmendmentState.OPEN);

        AsUser.run(business, () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        assertThat(missing()).isEmpty();
        assertThat(as(w.lead(), () -> amendments.accept(amendment, 0)).state()).isEqualTo(AmendmentState.ACCEPTED);
    }

    @Test
    void support_from_the_proposers_own_group_does_not_meet_a_rule_asking_for_another_group() {
        setRule(w.chair(), new SupportRule(0, true, Set.of(), 0));
        AsUser.run(w.chair(), () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        assertThat(missing()).containsExactly(
                new MissingSupport(MissingSupport.Kind.OTHER_GROUP, 1, StakeholderGroup.EXPERT));

        AsUser.run(business, () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        assertThat(missing()).isEmpty();
    }

    @Test
    void a_named_group_must_support_and_a_supporter_who_turns_to_opposing_no_longer_counts() {
        setRule(w.secretariat(), new SupportRule(1, false, Set.of(StakeholderGroup.BUSINESS), 0));
        AsUser.run(w.chair(), () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        assertThat(missing()).containsExactly(
                new MissingSupport(MissingSupport.Kind.GROUP, 1, StakeholderGroup.BUSINESS));

        AsUser.run(business, () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        assertThat(missing()).isEmpty();
        AsUser.run(business, () -> amendments.opine(amendment, AmendmentStance.OPPOSE, "On reflection, no."));
        assertThat(missing()).containsExactly(
                new MissingSupport(MissingSupport.Kind.GROUP, 1, StakeholderGroup.BUSINESS));
        assertThatThrownBy(() -> as(w.chair(), () -> amendments.accept(amendment, 0)))
                .isInstanceOf(SupportShortfallException.class);
    }

    @Test
    void members_and_observers_read_the_rule_but_only_the_chair_and_secretariat_set_it() {
        SupportRule wanted = new SupportRule(1, false, Set.of(), 0);
        for (TestUser who : List.of(w.member(), w.lead(), w.observer())) {
            assertThat(as(who, () -> support.maySetRule(w.councilId()))).isFalse();
            assertThatThrownBy(() -> setRule(who, wanted)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(w.observer(), () -> support.rule(w.councilId()))).isEqualTo(SupportRule.NONE);
        assertThat(as(w.chair(), () -> support.maySetRule(w.councilId()))).isTrue();
    }

    @Test
    void a_member_of_another_council_neither_reads_nor_sets_the_rule_nor_learns_what_an_amendment_lacks() {
        assertThatThrownBy(() -> as(w.outsider(), () -> support.rule(w.councilId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setRule(w.outsider(), new SupportRule(3, false, Set.of(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(w.outsider(), () -> support.missing(List.of(amendment))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_rule_saved_on_an_outdated_reading_is_refused_and_a_minimum_out_of_range_is_refused() {
        SupportRule first = setRule(w.secretariat(), new SupportRule(1, false, Set.of(), 0));
        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(() -> setRule(w.chair(), new SupportRule(2, false, Set.of(), 0)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> setRule(w.chair(), new SupportRule(51, false, Set.of(), first.version())))
                .isInstanceOf(InvalidInputException.class);
        SupportRule second = setRule(w.chair(), new SupportRule(0, true, Set.of(StakeholderGroup.MINISTRY),
                first.version()));
        assertThat(as(w.member(), () -> support.rule(w.councilId()))).isEqualTo(second);
        assertThat(second.groups()).containsExactly(StakeholderGroup.MINISTRY);
    }

    private SupportRule setRule(TestUser who, SupportRule rule) {
        return as(who, () -> support.setRule(w.councilId(), rule));
    }

    private List<MissingSupport> missing() {
        return as(w.lead(), () -> support.missing(List.of(amendment))).get(amendment);
    }
}
