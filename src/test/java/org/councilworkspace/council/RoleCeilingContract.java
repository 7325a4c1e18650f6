package org.councilworkspace.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role ceiling as a matrix: every person who could try × every way a role is given, changed or taken away,
 * called on the service directly. Each row runs on a fresh council with one chair, a vice-chair, the secretariat,
 * a member and an observer; a refused row must leave every membership as it was.
 */
abstract class RoleCeilingContract {

    enum Who { CHAIR, VICE_CHAIR, SECRETARIAT, MEMBER, OBSERVER, PLATFORM_ADMIN }

    enum Act {
        ADD_A_CHAIR, ADD_A_VICE_CHAIR, ADD_A_SECRETARIAT, ADD_A_MEMBER, ADD_AN_OBSERVER,
        MAKE_THE_MEMBER_CHAIR, MAKE_THE_MEMBER_VICE_CHAIR, MAKE_THE_MEMBER_SECRETARIAT, MAKE_THE_MEMBER_AN_OBSERVER,
        DEMOTE_THE_VICE_CHAIR, END_THE_VICE_CHAIRS_MEMBERSHIP,
        DEMOTE_THE_ONLY_CHAIR, END_THE_ONLY_CHAIRS_MEMBERSHIP,
        DEMOTE_ONE_OF_TWO_CHAIRS, END_ONE_OF_TWO_CHAIRS_MEMBERSHIPS,
        MAKE_ONESELF_CHAIR, STEP_ONESELF_DOWN_TO_OBSERVER, LEAVE_THE_COUNCIL
    }

    /** What a row expects: it happens, it is refused as above the person's role, or refused with a message. */
    enum Outcome { DONE, DENIED, LAST_CHAIR }

    private static final Set<Who> NOT_MANAGERS = EnumSet.of(Who.MEMBER, Who.OBSERVER);
    private static final Set<Act> ABOUT_ONESELF =
            EnumSet.of(Act.MAKE_ONESELF_CHAIR, Act.STEP_ONESELF_DOWN_TO_OBSERVER, Act.LEAVE_THE_COUNCIL);

    @Autowired Fixtures fixtures;
    @Autowired CouncilService councils;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    static Outcome expected(Who who, Act act) {
        if (NOT_MANAGERS.contains(who)) {
            return Outcome.DENIED;
        }
        boolean chairOrAdmin = who == Who.CHAIR || who == Who.PLATFORM_ADMIN;
        return switch (act) {
            case ADD_A_SECRETARIAT, ADD_A_MEMBER, ADD_AN_OBSERVER, MAKE_THE_MEMBER_SECRETARIAT,
                 MAKE_THE_MEMBER_AN_OBSERVER -> Outcome.DONE;
            case ADD_A_CHAIR, ADD_A_VICE_CHAIR, MAKE_THE_MEMBER_CHAIR, MAKE_THE_MEMBER_VICE_CHAIR,
                 DEMOTE_THE_VICE_CHAIR, DEMOTE_ONE_OF_TWO_CHAIRS,
                 END_ONE_OF_TWO_CHAIRS_MEMBERSHIPS -> chairOrAdmin ? Outcome.DONE : Outcome.DENIED;
            // Ending one's own membership is leaving, which every manager may do.
            case END_THE_VICE_CHAIRS_MEMBERSHIP -> chairOrAdmin || who == Who.VICE_CHAIR ? Outcome.DONE : Outcome.DENIED;
            // The chair demoting itself is refused before the last-chair rule is reached: it is its own role.
            case DEMOTE_THE_ONLY_CHAIR -> who == Who.PLATFORM_ADMIN ? Outcome.LAST_CHAIR : Outcome.DENIED;
            case END_THE_ONLY_CHAIRS_MEMBERSHIP -> chairOrAdmin ? Outcome.LAST_CHAIR : Outcome.DENIED;
            case MAKE_ONESELF_CHAIR, STEP_ONESELF_DOWN_TO_OBSERVER -> Outcome.DENIED;
            case LEAVE_THE_COUNCIL -> who == Who.CHAIR ? Outcome.LAST_CHAIR : Outcome.DONE;
        };
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Who.values()).flatMap(who -> Stream.of(Act.values())
                // The administrator has no membership of its own to change.
                .filter(act -> who != Who.PLATFORM_ADMIN || !ABOUT_ONESELF.contains(act))
                .map(act -> Arguments.of(who, act, expected(who, act))));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void nobody_gives_a_role_above_their_own_and_a_council_keeps_its_chair(Who who, Act act, Outcome outcome) {
        World w = world();
        Runnable call = w.prepare(who, act);
        List<Member> before = w.memberships();
        switch (outcome) {
            case DONE -> assertThatCode(() -> AsUser.run(w.person(who), call)).doesNotThrowAnyException();
            case DENIED -> assertThatThrownBy(() -> AsUser.run(w.person(who), call))
                    .isInstanceOf(AccessDeniedException.class);
            case LAST_CHAIR -> assertThatThrownBy(() -> AsUser.run(w.person(who), call))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("council.last-chair"));
        }
        if (outcome != Outcome.DONE) {
            assertThat(w.memberships()).as("a refused change changes nothing").isEqualTo(before);
        }
    }

    @Test
    void the_role_picker_offers_only_the_roles_the_viewer_may_grant() {
        World w = world();
        Function<Who, Set<CouncilRole>> offered = who -> AsUser.call(w.person(who), () -> councils.grantableRoles(w.id));
        assertThat(offered.apply(Who.CHAIR)).containsExactlyInAnyOrder(CouncilRole.values());
        assertThat(offered.apply(Who.PLATFORM_ADMIN)).containsExactlyInAnyOrder(CouncilRole.values());
        assertThat(offered.apply(Who.VICE_CHAIR))
                .containsExactlyInAnyOrder(CouncilRole.SECRETARIAT, CouncilRole.MEMBER, CouncilRole.OBSERVER);
        assertThat(offered.apply(Who.SECRETARIAT))
                .containsExactlyInAnyOrder(CouncilRole.SECRETARIAT, CouncilRole.MEMBER, CouncilRole.OBSERVER);
        assertThatThrownBy(() -> offered.apply(Who.MEMBER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_administrator_appoints_a_chair_for_a_council_that_has_none() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("secretariat");
        long councilId = fixtures.council(admin, secretariat);
        TestUser chair = fixtures.user("chair");
        assertThatThrownBy(() -> AsUser.run(secretariat,
                () -> councils.addMember(councilId, Fixtures.membership(chair, CouncilRole.CHAIR))))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(admin, () -> councils.addMember(councilId, Fixtures.membership(chair, CouncilRole.CHAIR)));
        assertThat(AsUser.call(secretariat, () -> councils.currentMembers(councilId)))
                .filteredOn(m -> m.userId() == chair.id()).extracting(Member::role).containsExactly(CouncilRole.CHAIR);
    }

    @Test
    void the_administrator_cannot_manage_the_members_of_a_council_that_does_not_exist() {
        TestUser admin = fixtures.admin();
        TestUser someone = fixtures.user("someone");
        assertThatThrownBy(() -> AsUser.run(admin,
                () -> councils.addMember(Long.MAX_VALUE, Fixtures.membership(someone, CouncilRole.MEMBER))))
                .isInstanceOf(org.councilworkspace.base.NotFoundException.class);
    }

    private World world() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("secretariat");
        long councilId = fixtures.council(admin, secretariat);
        World w = new World(councilId);
        w.people.put(Who.PLATFORM_ADMIN, admin);
        w.people.put(Who.SECRETARIAT, secretariat);
        for (Who who : EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.MEMBER, Who.OBSERVER)) {
            TestUser person = fixtures.user(who.name().toLowerCase());
            w.memberships.put(who, fixtures.addMember(councilId, admin, person, CouncilRole.valueOf(who.name())));
            w.people.put(who, person);
        }
        w.memberships.put(Who.SECRETARIAT, AsUser.call(secretariat, () -> councils.currentMembers(councilId)).stream()
                .filter(m -> m.userId() == secretariat.id()).findFirst().orElseThrow().membershipId());
        return w;
    }

    private final class World {
        final long id;
        final Map<Who, TestUser> people = new EnumMap<>(Who.class);
        final Map<Who, Long> memberships = new EnumMap<>(Who.class);

        World(long id) {
            this.id = id;
        }

        TestUser person(Who who) {
            return people.get(who);
        }

        List<Member> memberships() {
            return AsUser.call(people.get(Who.SECRETARIAT), () -> councils.members(id, true, 0, 100));
        }

        /** Sets up what the act needs (a second chair, a newcomer) and returns the call to make. */
        Runnable prepare(Who who, Act act) {
            long member = memberships.get(Who.MEMBER);
            long vice = memberships.get(Who.VICE_CHAIR);
            long chair = memberships.get(Who.CHAIR);
            return switch (act) {
                case ADD_A_CHAIR -> add(CouncilRole.CHAIR);
                case ADD_A_VICE_CHAIR -> add(CouncilRole.VICE_CHAIR);
                case ADD_A_SECRETARIAT -> add(CouncilRole.SECRETARIAT);
                case ADD_A_MEMBER -> add(CouncilRole.MEMBER);
                case ADD_AN_OBSERVER -> add(CouncilRole.OBSERVER);
                case MAKE_THE_MEMBER_CHAIR -> change(member, CouncilRole.CHAIR);
                case MAKE_THE_MEMBER_VICE_CHAIR -> change(member, CouncilRole.VICE_CHAIR);
                case MAKE_THE_MEMBER_SECRETARIAT -> change(member, CouncilRole.SECRETARIAT);
                case MAKE_THE_MEMBER_AN_OBSERVER -> change(member, CouncilRole.OBSERVER);
                case DEMOTE_THE_VICE_CHAIR -> change(vice, CouncilRole.MEMBER);
                case END_THE_VICE_CHAIRS_MEMBERSHIP -> end(vice);
                case DEMOTE_THE_ONLY_CHAIR -> change(chair, CouncilRole.MEMBER);
                case END_THE_ONLY_CHAIRS_MEMBERSHIP -> end(chair);
                case DEMOTE_ONE_OF_TWO_CHAIRS -> change(secondChair(), CouncilRole.MEMBER);
                case END_ONE_OF_TWO_CHAIRS_MEMBERSHIPS -> end(secondChair());
                case MAKE_ONESELF_CHAIR -> change(memberships.get(who), CouncilRole.CHAIR);
                case STEP_ONESELF_DOWN_TO_OBSERVER -> change(memberships.get(who), CouncilRole.OBSERVER);
                case LEAVE_THE_COUNCIL -> end(memberships.get(who));
            };
        }

        private long secondChair() {
            return fixtures.addMember(id, people.get(Who.PLATFORM_ADMIN), fixtures.user("second-chair"), CouncilRole.CHAIR);
        }

        private Runnable add(CouncilRole role) {
            TestUser newcomer = fixtures.user("newcomer");
            return () -> councils.addMember(id, Fixtures.membership(newcomer, role));
        }

        private Runnable change(long membershipId, CouncilRole role) {
            return () -> councils.changeRole(id, membershipId, role, 0);
        }

        private Runnable end(long membershipId) {
            return () -> councils.endMembership(id, membershipId, 0);
        }
    }
}
