package org.councilworkspace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.security.AccessGuard;
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
import org.springframework.security.crypto.password.PasswordEncoder;

@ServiceTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired AccessGuard guard;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;

    TestUser admin;

    @BeforeEach
    void signInAdmin() {
        admin = fixtures.admin();
        AsUser.signIn(admin);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void administrator_creates_an_account_whose_one_time_link_sets_the_password_once() {
        String name = Fixtures.unique("kittisak");
        Invitation invitation = accounts.createUser(new NewUser(name, "Kittisak Boonmee", name + "@example.org", "th", false));
        assertThat(accounts.invitationFor(invitation.token())).contains(name);
        AsUser.signOut();

        accounts.setPasswordWithInvitation(invitation.token(), "a sentence about rivers");

        String hash = users.passwordHash(invitation.userId()).orElseThrow();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("a sentence about rivers", hash)).isTrue();
        assertThat(accounts.invitationFor(invitation.token())).isEmpty();
        assertThatThrownBy(() -> accounts.setPasswordWithInvitation(invitation.token(), "another sentence here"))
                .hasMessageContaining("account.invitation-invalid");
    }

    @Test
    void an_expired_link_is_refused() {
        String name = Fixtures.unique("late");
        Invitation invitation = accounts.createUser(new NewUser(name, "Late Person", name + "@example.org", "en", false));
        clock.advance(Duration.ofDays(8));
        try {
            assertThatThrownBy(() -> accounts.setPasswordWithInvitation(invitation.token(), "a sentence about rivers"))
                    .hasMessageContaining("account.invitation-invalid");
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void a_new_link_replaces_the_earlier_unused_one() {
        String name = Fixtures.unique("twice");
        Invitation first = accounts.createUser(new NewUser(name, "Twice Invited", name + "@example.org", "en", false));
        Invitation second = accounts.reinvite(first.userId());
        assertThat(accounts.invitationFor(first.token())).isEmpty();
        assertThat(accounts.invitationFor(second.token())).contains(name);
    }

    @Test
    void a_weak_password_through_the_link_changes_nothing() {
        String name = Fixtures.unique("weak");
        Invitation invitation = accounts.createUser(new NewUser(name, "Weak Password", name + "@example.org", "en", false));
        assertThatThrownBy(() -> accounts.setPasswordWithInvitation(invitation.token(), "password1234"))
                .hasMessageContaining("password.too-common");
        assertThat(users.passwordHash(invitation.userId())).isEmpty();
        assertThat(accounts.invitationFor(invitation.token())).as("the link still works").contains(name);
    }

    @Test
    void duplicate_user_names_are_refused_at_the_field() {
        String name = Fixtures.unique("dup");
        accounts.createUser(new NewUser(name, "First", name + "@example.org", "en", false));
        assertThatThrownBy(() -> accounts.createUser(new NewUser(name.toUpperCase(), "Second", "x@example.org", "en", false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("validation.username-taken");
                });
    }

    @Test
    void malformed_and_empty_input_is_refused_and_creates_nothing() {
        int before = accounts.countUsers(null);
        assertThatThrownBy(() -> accounts.createUser(new NewUser(Fixtures.unique("e"), "Name", "not-an-address", "en", false)))
                .hasMessageContaining("validation.email");
        assertThatThrownBy(() -> accounts.createUser(new NewUser(Fixtures.unique("e"), " ", "a@example.org", "en", false)))
                .hasMessageContaining("validation.required");
        assertThatThrownBy(() -> accounts.createUser(new NewUser(Fixtures.unique("e"), "x".repeat(201), "a@example.org", "en", false)))
                .hasMessageContaining("validation.too-long");
        assertThat(accounts.countUsers(null)).isEqualTo(before);
    }

    @Test
    void hostile_display_names_are_stored_exactly_as_typed() {
        String name = Fixtures.unique("hostile");
        String hostile = "<img src=x onerror=alert(1)> '); DROP TABLE app_user;-- สมชาย 審議会";
        Invitation invitation = accounts.createUser(new NewUser(name, hostile, name + "@example.org", "en", false));
        assertThat(users.find(invitation.userId()).orElseThrow().displayName()).isEqualTo(hostile);
    }

    @Test
    void only_administrators_manage_accounts() {
        TestUser someone = fixtures.user("someone");
        AsUser.signIn(someone);
        assertThatThrownBy(() -> accounts.createUser(new NewUser("x" + someone.username(), "X", "x@example.org", "en", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.listUsers(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deactivate(admin.id(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reinvite(admin.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_deactivated_person_is_refused_even_with_a_session_still_open() {
        TestUser person = fixtures.user("leaving");
        UserAccount account = users.find(person.id()).orElseThrow();
        accounts.deactivate(person.id(), account.version());
        AsUser.signIn(person);
        assertThatThrownBy(() -> guard.requireActor()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.myAccount()).isInstanceOf(AccessDeniedException.class);

        AsUser.signIn(admin);
        accounts.reactivate(person.id(), account.version() + 1);
        AsUser.signIn(person);
        assertThat(accounts.myAccount().username()).isEqualTo(person.username());
    }

    @Test
    void deactivating_from_a_stale_list_is_refused() {
        TestUser person = fixtures.user("stale");
        int version = users.find(person.id()).orElseThrow().version();
        accounts.deactivate(person.id(), version);
        assertThatThrownBy(() -> accounts.reactivate(person.id(), version))
                .isInstanceOf(org.councilworkspace.base.ConcurrentChangeException.class);
    }

    @Test
    void administrators_cannot_lock_themselves_out() {
        assertThatThrownBy(() -> accounts.deactivate(admin.id(), 0))
                .hasMessageContaining("account.cannot-deactivate-self");
    }

    @Test
    void changing_my_password_needs_the_current_one() {
        TestUser person = fixtures.user("changer");
        AsUser.signIn(person);
        assertThatThrownBy(() -> accounts.changePassword("wrong current password", "a brand new sentence"))
                .hasMessageContaining("password.current-wrong");
        accounts.changePassword(Fixtures.PASSWORD, "a brand new sentence");
        assertThat(encoder.matches("a brand new sentence", users.passwordHash(person.id()).orElseThrow())).isTrue();
    }

    @Test
    void my_language_choice_is_remembered() {
        TestUser person = fixtures.user("linguist");
        AsUser.signIn(person);
        UserAccount me = accounts.myAccount();
        accounts.updateMyProfile(me.displayName(), me.email(), "ja", me.version());
        assertThat(accounts.myLocale()).isEqualTo("ja");
        assertThatThrownBy(() -> accounts.updateMyProfile(me.displayName(), me.email(), "xx", me.version() + 1))
                .isInstanceOf(InvalidInputException.class);
    }
}
