package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.councilworkspace.db.Tables.APP_USER;

import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Permission checks remember their reads for one request only, and forget them when access changes. */
@ServiceTest
class AccessMemoTest {

    @Autowired Fixtures fixtures;
    @Autowired AccessGuard guard;
    @Autowired CouncilService councils;
    @Autowired DSLContext db;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
        AsUser.signOut();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void a_deactivated_account_loses_access_with_the_next_request() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("sec");
        long council = fixtures.council(admin, secretariat);
        newRequest();
        AsUser.signIn(secretariat);
        assertThat(guard.require(council, CouncilAction.READ).role()).isEqualTo(CouncilRole.SECRETARIAT);

        db.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ID.eq(secretariat.id())).execute();
        // Same request: what was read stays (this write goes past the app's repositories).
        assertThat(guard.membership(council)).isPresent();
        newRequest();
        assertThatThrownBy(() -> guard.require(council, CouncilAction.READ)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ending_a_membership_is_seen_by_the_next_check_in_the_same_request() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("sec");
        TestUser chair = fixtures.user("member");
        long council = fixtures.council(admin, secretariat);
        fixtures.addMember(council, secretariat, chair, CouncilRole.MEMBER);
        newRequest();
        AsUser.signIn(chair);
        assertThat(guard.may(council, CouncilAction.READ)).isTrue();

        AsUser.run(secretariat, () -> {
            Member member = councils.currentMembers(council).stream()
                    .filter(m -> m.userId() == chair.id()).findFirst().orElseThrow();
            councils.endMembership(council, member.membershipId(), member.version());
        });
        AsUser.signIn(chair);
        assertThat(guard.may(council, CouncilAction.READ)).isFalse();
    }

    @Test
    void without_a_request_every_check_reads_again() {
        // Spring's test support gives each test method a mock request; live updates and jobs have none.
        RequestContextHolder.resetRequestAttributes();
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("sec");
        long council = fixtures.council(admin, secretariat);
        AsUser.signIn(secretariat);
        assertThat(guard.may(council, CouncilAction.READ)).isTrue();
        fixtures.deactivate(secretariat);
        assertThatThrownBy(() -> guard.may(council, CouncilAction.READ)).isInstanceOf(AccessDeniedException.class);
    }
}
