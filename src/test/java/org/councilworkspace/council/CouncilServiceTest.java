package org.councilworkspace.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class CouncilServiceTest {

    @Autowired CouncilService councils;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;

    TestUser admin;
    TestUser secretariat;

    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void each_kind_fills_sensible_defaults() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        CouncilSettings shingikai = CouncilSettings.defaultsFor(CouncilKind.DELIBERATION_COUNCIL, start);
        assertThat(shingikai.consensusRule()).isEqualTo(ConsensusRule.NO_OBJECTION);
        assertThat(shingikai.termEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        CouncilSettings hub = CouncilSettings.defaultsFor(CouncilKind.HUB_INSTITUTE, start);
        assertThat(hub.termEnd()).as("a five-year plan cycle").isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(hub.membersMayEdit()).isTrue();
        assertThat(CouncilSettings.defaultsFor(CouncilKind.TECHNOCRAT_GROUP, start).termEnd())
                .as("semi-permanent").isNull();
        assertThat(CouncilSettings.defaultsFor(CouncilKind.STEERING_COMMITTEE, start).consensusRule())
                .isEqualTo(ConsensusRule.CHAIR_DECIDES);
    }

    @Test
    void administrator_creates_a_council_and_its_first_manager_sees_it_with_their_role() {
        long councilId = fixtures.council(admin, secretariat);
        var mine = AsUser.call(secretariat, () -> councils.myCouncils());
        assertThat(mine).anySatisfy(c -> {
            assertThat(c.councilId()).isEqualTo(councilId);
            assertThat(c.role()).isEqualTo(CouncilRole.SECRETARIAT);
        });
    }

    @Test
    void a_subcommittee_names_its_parent_council() {
        long parent = fixtures.council(admin, secretariat);
        CouncilSettings d = CouncilSettings.defaultsFor(CouncilKind.DELIBERATION_COUNCIL, LocalDate.now());
        long sub = AsUser.call(admin, () -> councils.createCouncil(new CouncilSettings(Fixtures.unique("Subcommittee"),
                d.kind(), "Mandate", parent, d.termStart(), d.termEnd(), d.consensusRule(), d.majorityPercent(),
                d.quorumPercent(), false), Fixtures.membership(secretariat, CouncilRole.CHAIR)));
        Council council = AsUser.call(secretariat, () -> councils.council(sub));
        assertThat(council.parentId()).isEqualTo(parent);
        assertThat(council.parentName()).isNotBlank();
    }

    @Test
    void bad_council_input_is_refused_and_nothing_is_created() {
        int before = AsUser.call(admin, () -> councils.countAllCouncils());
        CouncilSettings d = CouncilSettings.defaultsFor(CouncilKind.HUB_INSTITUTE, LocalDate.now());
        NewMembership first = Fixtures.membership(secretariat, CouncilRole.SECRETARIAT);
        assertField(() -> councils.createCouncil(with(d, " ", "Mandate", d.termStart(), d.termEnd()), first), "name");
        assertField(() -> councils.createCouncil(with(d, Fixtures.unique("C"), "", d.termStart(), d.termEnd()), first), "mandate");
        assertField(() -> councils.createCouncil(with(d, Fixtures.unique("C"), "M", d.termStart(), d.termStart().minusDays(1)), first), "termEnd");
        assertField(() -> councils.createCouncil(with(d, Fixtures.unique("C"), "M", d.termStart(), null),
                Fixtures.membership(secretariat, CouncilRole.MEMBER)), "firstManagerRole");
        assertThat(AsUser.call(admin, () -> councils.countAllCouncils())).isEqualTo(before);
    }

    @Test
    void council_names_are_unique_and_hostile_names_are_kept_exactly() {
        String hostile = "<script>alert('x')</script> คณะกรรมการ " + Fixtures.unique("n");
        CouncilSettings d = CouncilSettings.defaultsFor(CouncilKind.HUB_INSTITUTE, LocalDate.now());
        long id = AsUser.call(admin, () -> councils.createCouncil(with(d, hostile, "M", d.termStart(), null),
                Fixtures.membership(secretariat, CouncilRole.SECRETARIAT)));
        assertThat(AsUser.call(secretariat, () -> councils.council(id)).name()).isEqualTo(hostile);
        assertField(() -> councils.createCouncil(with(d, hostile.toUpperCase(), "M", d.termStart(), null),
                Fixtures.membership(secretariat, CouncilRole.SECRETARIAT)), "name");
    }

    @Test
    void the_secretariat_adds_members_who_then_see_the_council() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);
        assertThat(AsUser.call(expert, () -> councils.myCouncils())).extracting(MyCouncil::councilId).contains(councilId);
        assertThat(AsUser.call(expert, () -> councils.currentMembers(councilId))).extracting(Member::userId)
                .containsExactlyInAnyOrder(secretariat.id(), expert.id());
    }

    @Test
    void a_person_cannot_be_added_twice_and_a_deactivated_account_cannot_be_added() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);
        assertField(() -> councils.addMember(councilId, Fixtures.membership(expert, CouncilRole.OBSERVER)), "user", secretariat);
        TestUser gone = fixtures.user("gone");
        fixtures.deactivate(gone);
        assertField(() -> councils.addMember(councilId, Fixtures.membership(gone, CouncilRole.MEMBER)), "user", secretariat);
    }

    @Test
    void ending_a_membership_keeps_it_in_the_history_and_removes_access() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        long membershipId = fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);
        AsUser.run(secretariat, () -> councils.endMembership(councilId, membershipId, 0));

        assertThatThrownBy(() -> AsUser.call(expert, () -> councils.council(councilId))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(secretariat, () -> councils.countMembers(councilId, false))).isEqualTo(1);
        var all = AsUser.call(secretariat, () -> councils.members(councilId, true, 0, 50));
        assertThat(all).anySatisfy(m -> {
            assertThat(m.userId()).isEqualTo(expert.id());
            assertThat(m.activeTo()).isEqualTo(LocalDate.now(clock));
        });
    }

    @Test
    void a_person_can_rejoin_after_their_membership_ended() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        long first = fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);
        AsUser.run(secretariat, () -> councils.endMembership(councilId, first, 0));
        fixtures.addMember(councilId, secretariat, expert, CouncilRole.OBSERVER);
        assertThat(AsUser.call(expert, () -> councils.myCouncils()))
                .filteredOn(c -> c.councilId() == councilId).extracting(MyCouncil::role).containsExactly(CouncilRole.OBSERVER);
    }

    @Test
    void the_last_chair_or_secretariat_cannot_leave_or_be_stepped_down() {
        long councilId = fixtures.council(admin, secretariat);
        long own = AsUser.call(secretariat, () -> councils.currentMembers(councilId)).get(0).membershipId();
        assertField(() -> councils.endMembership(councilId, own, 0), "role", secretariat);
        assertField(() -> councils.changeRole(councilId, own, CouncilRole.MEMBER, 0), "role", admin);

        TestUser chair = fixtures.user("chair");
        fixtures.addMember(councilId, secretariat, chair, CouncilRole.CHAIR);
        AsUser.run(chair, () -> councils.changeRole(councilId, own, CouncilRole.MEMBER, 0));
        assertThat(AsUser.call(secretariat, () -> councils.myCouncils())).filteredOn(c -> c.councilId() == councilId)
                .extracting(MyCouncil::role).containsExactly(CouncilRole.MEMBER);
    }

    @Test
    void a_role_change_from_a_stale_page_is_refused() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        long id = fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);
        AsUser.run(secretariat, () -> councils.changeRole(councilId, id, CouncilRole.SECRETARIAT, 0));
        assertThatThrownBy(() -> AsUser.run(secretariat, () -> councils.changeRole(councilId, id, CouncilRole.OBSERVER, 0)))
                .isInstanceOf(org.councilworkspace.base.ConcurrentChangeException.class);
    }

    @Test
    void memberships_from_another_council_cannot_be_touched_through_this_one() {
        long mine = fixtures.council(admin, secretariat);
        TestUser otherSecretariat = fixtures.user("other");
        long other = fixtures.council(admin, otherSecretariat);
        TestUser expert = fixtures.user("expert");
        long foreign = fixtures.addMember(other, otherSecretariat, expert, CouncilRole.MEMBER);
        assertThatThrownBy(() -> AsUser.run(secretariat, () -> councils.endMembership(mine, foreign, 0)))
                .isInstanceOf(org.councilworkspace.base.NotFoundException.class);
    }

    @Test
    void the_administrator_has_no_automatic_right_to_read_a_council() {
        long councilId = fixtures.council(admin, secretariat);
        assertThatThrownBy(() -> AsUser.call(admin, () -> councils.council(councilId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> councils.currentMembers(councilId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void candidates_are_active_people_not_yet_in_the_council() {
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("candidate");
        TestUser gone = fixtures.user("candidate");
        fixtures.deactivate(gone);
        var found = AsUser.call(secretariat, () -> councils.candidates(councilId, "candidate", 0, 500));
        assertThat(found).extracting(Candidate::userId).contains(expert.id()).doesNotContain(gone.id(), secretariat.id());
    }

    private static CouncilSettings with(CouncilSettings d, String name, String mandate, LocalDate start, LocalDate end) {
        return new CouncilSettings(name, d.kind(), mandate, null, start, end, d.consensusRule(), d.majorityPercent(),
                d.quorumPercent(), d.membersMayEdit());
    }

    private void assertField(Runnable action, String field) {
        assertField(action, field, admin);
    }

    private void assertField(Runnable action, String field, TestUser as) {
        assertThatThrownBy(() -> AsUser.run(as, action))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
