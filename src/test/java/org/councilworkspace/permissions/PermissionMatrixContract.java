package org.councilworkspace.permissions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.NewUser;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every person who could try × every action of councils, members, accounts and audit, called on the
 * services directly (no view in between): the right people succeed and everyone else is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PermissionMatrixContract {

    enum Who { CHAIR, VICE_CHAIR, SECRETARIAT, MEMBER, OBSERVER, MEMBER_OF_ANOTHER_COUNCIL, ENDED_MEMBER,
        DEACTIVATED_CHAIR, PLATFORM_ADMIN }

    enum Action { READ_COUNCIL, LIST_MEMBERS, ADD_MEMBER, CHANGE_ROLE, END_MEMBERSHIP, UPDATE_COUNCIL, READ_AUDIT,
        VERIFY_AUDIT, CREATE_COUNCIL, CREATE_USER, LIST_ALL_COUNCILS, READ_PLATFORM_AUDIT }

    private static final Set<Who> READERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.MEMBER, Who.OBSERVER);
    private static final Set<Who> MANAGERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT);
    private static final Set<Who> ADMIN = EnumSet.of(Who.PLATFORM_ADMIN);
    private static final Set<Who> MANAGERS_AND_ADMIN =
            EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.PLATFORM_ADMIN);

    private static final Map<Action, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry(Action.READ_COUNCIL, READERS),
            // The administrator sees who holds which role (to appoint and remove members), not the council's drafts.
            Map.entry(Action.LIST_MEMBERS, EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.MEMBER,
                    Who.OBSERVER, Who.PLATFORM_ADMIN)),
            // The administrator appoints and removes members too (the role ceiling limits what the others may give).
            Map.entry(Action.ADD_MEMBER, MANAGERS_AND_ADMIN),
            Map.entry(Action.CHANGE_ROLE, MANAGERS_AND_ADMIN),
            Map.entry(Action.END_MEMBERSHIP, MANAGERS_AND_ADMIN),
            Map.entry(Action.UPDATE_COUNCIL, EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.PLATFORM_ADMIN)),
            Map.entry(Action.READ_AUDIT, MANAGERS),
            Map.entry(Action.VERIFY_AUDIT, MANAGERS),
            Map.entry(Action.CREATE_COUNCIL, ADMIN),
            Map.entry(Action.CREATE_USER, ADMIN),
            Map.entry(Action.LIST_ALL_COUNCILS, ADMIN),
            Map.entry(Action.READ_PLATFORM_AUDIT, ADMIN));

    @Autowired Fixtures fixtures;
    @Autowired CouncilService councils;
    @Autowired AccountService accounts;
    @Autowired AuditService audit;

    private final Map<Who, TestUser> people = new java.util.EnumMap<>(Who.class);
    private TestUser admin;
    private TestUser secretariat;
    private long councilId;

    @BeforeAll
    void buildCouncil() {
        admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        councilId = fixtures.council(admin, secretariat);
        people.put(Who.SECRETARIAT, secretariat);
        people.put(Who.PLATFORM_ADMIN, admin);
        for (Who who : EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.MEMBER, Who.OBSERVER)) {
            TestUser person = fixtures.user(who.name().toLowerCase());
            fixtures.addMember(councilId, secretariat, person, CouncilRole.valueOf(who.name()));
            people.put(who, person);
        }
        TestUser outsider = fixtures.user("outsider");
        fixtures.council(admin, outsider);
        people.put(Who.MEMBER_OF_ANOTHER_COUNCIL, outsider);

        TestUser ended = fixtures.user("ended");
        long endedMembership = fixtures.addMember(councilId, secretariat, ended, CouncilRole.CHAIR);
        fixtures.endMembership(councilId, endedMembership);
        people.put(Who.ENDED_MEMBER, ended);

        TestUser deactivated = fixtures.user("deactivated");
        fixtures.addMember(councilId, secretariat, deactivated, CouncilRole.CHAIR);
        fixtures.deactivate(deactivated);
        people.put(Who.DEACTIVATED_CHAIR, deactivated);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    Stream<Arguments> matrix() {
        return Stream.of(Who.values()).flatMap(who -> Stream.of(Action.values())
                .map(action -> Arguments.of(who, action, ALLOWED.get(action).contains(who))));
    }

    @ParameterizedTest(name = "{0} {1}: allowed = {2}")
    @MethodSource("matrix")
    void only_the_right_people_may_act(Who who, Action action, boolean allowed) {
        Runnable call = prepare(action);
        if (allowed) {
            assertThatCode(() -> AsUser.run(people.get(who), call)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AsUser.run(people.get(who), call)).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Sets up a fresh target where the action changes something, and returns the call to make. */
    private Runnable prepare(Action action) {
        return switch (action) {
            case READ_COUNCIL -> () -> councils.council(councilId);
            case LIST_MEMBERS -> () -> councils.members(councilId, true, 0, 20);
            case ADD_MEMBER -> {
                TestUser newcomer = fixtures.user("newcomer");
                yield () -> councils.addMember(councilId, Fixtures.membership(newcomer, CouncilRole.MEMBER));
            }
            case CHANGE_ROLE -> {
                long target = fixtures.addMember(councilId, secretariat, fixtures.user("target"), CouncilRole.MEMBER);
                yield () -> councils.changeRole(councilId, target, CouncilRole.OBSERVER, 0);
            }
            case END_MEMBERSHIP -> {
                long target = fixtures.addMember(councilId, secretariat, fixtures.user("target"), CouncilRole.MEMBER);
                yield () -> councils.endMembership(councilId, target, 0);
            }
            case UPDATE_COUNCIL -> () -> {
                var c = councils.councilForEditing(councilId);
                councils.updateCouncil(councilId, new CouncilSettings(c.name(), c.kind(), c.mandate(), c.parentId(),
                        c.termStart(), c.termEnd(), c.consensusRule(), c.majorityPercent(), c.quorumPercent(),
                        !c.membersMayEdit()), c.version());
            };
            case READ_AUDIT -> () -> audit.councilEvents(councilId, 0, 20);
            case VERIFY_AUDIT -> () -> audit.verify(councilId);
            case CREATE_COUNCIL -> () -> {
                CouncilSettings d = CouncilSettings.defaultsFor(CouncilKind.STEERING_COMMITTEE, LocalDate.now());
                councils.createCouncil(new CouncilSettings(Fixtures.unique("Steering"), d.kind(), "Mandate", null,
                        d.termStart(), d.termEnd(), d.consensusRule(), d.majorityPercent(), d.quorumPercent(), false),
                        Fixtures.membership(secretariat, CouncilRole.CHAIR));
            };
            case CREATE_USER -> () -> {
                String name = Fixtures.unique("invitee");
                accounts.createUser(new NewUser(name, "Invitee", name + "@example.org", "en", false));
            };
            case LIST_ALL_COUNCILS -> () -> councils.listAllCouncils(0, 10);
            case READ_PLATFORM_AUDIT -> () -> audit.platformEvents(0, 10);
        };
    }
}
