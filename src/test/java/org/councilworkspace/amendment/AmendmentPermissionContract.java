package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
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
 * Every person who could try × every amendment action, called on the service directly: the right people
 * succeed, everyone else is refused and nothing changes. Deciding is limited for members to the sections they
 * lead; updating and withdrawing to the proposer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AmendmentPermissionContract {

    enum Who { CHAIR, VICE_CHAIR, SECRETARIAT, LEAD_DRAFTER, MEMBER, OBSERVER, MEMBER_OF_ANOTHER_COUNCIL,
        ENDED_MEMBER, DEACTIVATED_CHAIR, PLATFORM_ADMIN }

    enum Action { READ, PROPOSE, SUPPORT, OPPOSE, ACCEPT, REJECT, UPDATE_SOMEONE_ELSES, WITHDRAW_SOMEONE_ELSES }

    private static final Set<Who> READERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.LEAD_DRAFTER,
            Who.MEMBER, Who.OBSERVER);
    private static final Set<Who> PROPOSERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.LEAD_DRAFTER,
            Who.MEMBER);
    private static final Set<Who> DECIDERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.LEAD_DRAFTER);

    private static final Map<Action, Set<Who>> ALLOWED = Map.of(
            Action.READ, READERS,
            Action.PROPOSE, PROPOSERS,
            Action.SUPPORT, PROPOSERS,
            Action.OPPOSE, PROPOSERS,
            Action.ACCEPT, DECIDERS,
            Action.REJECT, DECIDERS,
            Action.UPDATE_SOMEONE_ELSES, EnumSet.noneOf(Who.class),
            Action.WITHDRAW_SOMEONE_ELSES, EnumSet.noneOf(Who.class));

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired CouncilService councils;
    @Autowired AmendmentService amendments;
    @Autowired DraftingService drafting;

    private final Map<Who, TestUser> people = new EnumMap<>(Who.class);
    private PlanWorld w;
    private TestUser proposer;
    private long section;
    private int counter;

    @BeforeAll
    void buildCouncil() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), section, "Thirty per cent by 2031.");
        people.put(Who.CHAIR, w.chair());
        people.put(Who.SECRETARIAT, w.secretariat());
        people.put(Who.LEAD_DRAFTER, w.lead());
        people.put(Who.MEMBER, w.member());
        people.put(Who.OBSERVER, w.observer());
        people.put(Who.MEMBER_OF_ANOTHER_COUNCIL, w.outsider());
        people.put(Who.PLATFORM_ADMIN, w.admin());
        TestUser vice = fixtures.user("vice");
        fixtures.addMember(w.councilId(), w.secretariat(), vice, CouncilRole.VICE_CHAIR);
        people.put(Who.VICE_CHAIR, vice);
        TestUser ended = fixtures.user("ended");
        long endedMembership = fixtures.addMember(w.councilId(), w.secretariat(), ended, CouncilRole.CHAIR);
        fixtures.endMembership(w.councilId(), endedMembership);
        people.put(Who.ENDED_MEMBER, ended);
        TestUser deactivated = fixtures.user("deactivated");
        fixtures.addMember(w.councilId(), w.secretariat(), deactivated, CouncilRole.CHAIR);
        fixtures.deactivate(deactivated);
        people.put(Who.DEACTIVATED_CHAIR, deactivated);
        proposer = fixtures.user("proposer");
        fixtures.addMember(w.councilId(), w.secretariat(), proposer, CouncilRole.MEMBER);
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
        long target = propose(proposer, "Thirty-five per cent by 2031 (" + (++counter) + ").");
        Runnable call = switch (action) {
            case READ -> () -> amendments.amendment(target);
            case PROPOSE -> () -> amendments.propose(section, drafting.section(section).revisionId(),
                    "Forty per cent by 2031 (" + counter + ").", "More ambition.");
            case SUPPORT -> () -> amendments.opine(target, AmendmentStance.SUPPORT, null);
            case OPPOSE -> () -> amendments.opine(target, AmendmentStance.OPPOSE, "Too much.");
            case ACCEPT -> () -> amendments.accept(target, 0);
            case REJECT -> () -> amendments.reject(target, 0, "Not now.");
            case UPDATE_SOMEONE_ELSES -> () -> amendments.update(target, 0, drafting.section(section).revisionId(),
                    "Fifty per cent.", "Mine now.");
            case WITHDRAW_SOMEONE_ELSES -> () -> amendments.withdraw(target, 0);
        };
        if (allowed) {
            assertThatCode(() -> AsUser.run(people.get(who), call)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AsUser.run(people.get(who), call)).isInstanceOf(AccessDeniedException.class);
            Amendment after = AsUser.call(proposer, () -> amendments.amendment(target));
            assertThat(after.state()).isEqualTo(AmendmentState.OPEN);
            assertThat(after.version()).isZero();
            assertThat(after.supports() + after.opposes()).isZero();
        }
    }

    /** Each case gets its own amendment on the section's newest text (an accepted case changes the text). */
    private long propose(TestUser who, String text) {
        return AsUser.call(who, () -> amendments.propose(section, drafting.section(section).revisionId(), text, "Why."));
    }
}
