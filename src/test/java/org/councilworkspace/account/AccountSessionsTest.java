package org.councilworkspace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.SignedInUser;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Ending sessions and taking back set-password links, as the person and as the administrator. */
@ServiceTest
class AccountSessionsTest {

    @Autowired AccountService accounts;
    @Autowired AuditService audit;
    @Autowired SessionRegistry registry;
    @Autowired UserRepository users;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;

    TestUser admin;

    @BeforeEach
    void signInAdmin() {
        admin = fixtures.admin();
        AsUser.signIn(admin);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void changing_my_password_ends_my_other_sessions_but_not_the_one_i_am_using() {
        TestUser person = fixtures.user("changer");
        open(person, "laptop");
        open(person, "phone");
        open(person, "this-tab");
        TestUser other = fixtures.user("bystander");
        open(other, "bystander-tab");
        AsUser.signIn(person);
        inRequestOf("this-tab");

        accounts.changePassword(Fixtures.PASSWORD, "a brand new sentence");

        assertThat(registry.getSessionInformation("laptop").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("this-tab").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("bystander-tab").isExpired()).as("other people's sessions").isFalse();
    }

    @Test
    void a_refused_password_change_ends_no_session() {
        TestUser person = fixtures.user("mistyped");
        open(person, "mistyped-laptop");
        AsUser.signIn(person);
        assertThatThrownBy(() -> accounts.changePassword("not my password", "a brand new sentence"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(registry.getSessionInformation("mistyped-laptop").isExpired()).isFalse();
    }

    @Test
    void a_reset_through_a_set_password_link_ends_every_session_of_that_person() {
        TestUser person = fixtures.user("forgetful");
        open(person, "forgetful-laptop");
        Invitation link = accounts.reinvite(person.id());
        AsUser.signOut();

        accounts.setPasswordWithInvitation(link.token(), "a sentence about rivers");

        assertThat(registry.getSessionInformation("forgetful-laptop").isExpired()).isTrue();
    }

    @Test
    void the_administrator_ends_every_session_of_a_person_and_the_audit_log_says_so() {
        TestUser person = fixtures.user("lostlaptop");
        open(person, "lost-1");
        open(person, "lost-2");

        accounts.endSessions(person.id());

        assertThat(registry.getSessionInformation("lost-1").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("lost-2").isExpired()).isTrue();
        AuditEntry entry = latestPlatformEntry();
        assertThat(entry.action()).isEqualTo("SESSIONS_ENDED");
        assertThat(entry.objectId()).isEqualTo(Long.toString(person.id()));
        assertThat(entry.actorName()).isEqualTo(admin.username());
    }

    @Test
    void deactivating_a_person_ends_their_sessions() {
        TestUser person = fixtures.user("leaving");
        open(person, "leaving-tab");
        accounts.deactivate(person.id(), users.find(person.id()).orElseThrow().version());
        assertThat(registry.getSessionInformation("leaving-tab").isExpired()).isTrue();
    }

    @Test
    void only_the_administrator_may_end_someone_elses_sessions() {
        TestUser person = fixtures.user("target");
        open(person, "target-tab");
        AsUser.signIn(fixtures.user("meddler"));
        assertThatThrownBy(() -> accounts.endSessions(person.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.revokeInvitation(person.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(registry.getSessionInformation("target-tab").isExpired()).isFalse();
    }

    @Test
    void ending_the_sessions_of_nobody_is_not_found() {
        assertThatThrownBy(() -> accounts.endSessions(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.revokeInvitation(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_administrator_revokes_an_unused_link_and_it_stops_working_on_the_record() {
        String name = Fixtures.unique("invitee");
        Invitation link = accounts.createUser(new NewUser(name, "Invited Person", name + "@example.org", "en", false));
        assertThat(accounts.outstandingInvitation(link.userId())).contains(link.expiresAt());

        accounts.revokeInvitation(link.userId());

        assertThat(accounts.invitationFor(link.token())).isEmpty();
        assertThat(accounts.outstandingInvitation(link.userId())).isEmpty();
        AuditEntry entry = latestPlatformEntry();
        assertThat(entry.action()).isEqualTo("INVITATION_REVOKED");
        assertThat(entry.summary()).isEqualTo(name);
        AsUser.signOut();
        assertThatThrownBy(() -> accounts.setPasswordWithInvitation(link.token(), "a sentence about rivers"))
                .hasMessageContaining("account.invitation-invalid");
        assertThat(users.passwordHash(link.userId())).isEmpty();
    }

    @Test
    void revoking_when_there_is_no_unused_link_is_refused_and_says_so() {
        String name = Fixtures.unique("done");
        Invitation link = accounts.createUser(new NewUser(name, "Done Already", name + "@example.org", "en", false));
        accounts.revokeInvitation(link.userId());
        assertThatThrownBy(() -> accounts.revokeInvitation(link.userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.no-outstanding-link");
                    assertThat(e.field()).isEqualTo("invitation");
                });
    }

    @Test
    void an_expired_link_is_no_longer_outstanding_and_cannot_be_revoked() {
        String name = Fixtures.unique("expired");
        Invitation link = accounts.createUser(new NewUser(name, "Expired Link", name + "@example.org", "en", false));
        clock.advance(Duration.ofDays(8));
        try {
            assertThat(accounts.outstandingInvitation(link.userId())).isEmpty();
            assertThat(accounts.invitationFor(link.token())).isEmpty();
            assertThatThrownBy(() -> accounts.revokeInvitation(link.userId())).isInstanceOf(InvalidInputException.class);
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    private void open(TestUser user, String sessionId) {
        registry.registerNewSession(sessionId,
                new SignedInUser(user.id(), user.username(), user.username(), null, user.admin(), true, "en"));
    }

    private static void inRequestOf(String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private AuditEntry latestPlatformEntry() {
        return AsUser.call(admin, () -> audit.platformEvents(0, 1)).get(0);
    }
}
