package org.councilworkspace.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.Invitation;
import org.councilworkspace.account.NewUser;
import org.councilworkspace.security.SignedInUser;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;

@ServiceTest
class AdminUsersViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;
    @Autowired SessionRegistry sessions;

    TestUser admin;

    @BeforeEach
    void signInAdmin() {
        admin = fixtures.admin();
        signIn(admin);
    }

    @Test
    void the_administrator_revokes_a_link_after_a_confirmation_that_names_the_person() {
        String name = Fixtures.unique("invitee");
        Invitation link = AsUser.call(admin, () ->
                accounts.createUser(new NewUser(name, "Anong Invited", name + "@example.org", "th", false)));
        navigate("admin/users");
        showOnly(name);

        _click(actionButton("Revoke link"));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("Revoke the set-password link of Anong Invited (" + name + ")");
        assertThat(accounts.invitationFor(link.token())).as("nothing happens before the confirmation").contains(name);
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));

        assertThat(accounts.invitationFor(link.token())).isEmpty();
        assertThat(actionButton("Revoke link").isVisible()).as("no link left to revoke").isFalse();
    }

    @Test
    void the_administrator_ends_a_persons_sessions_only_after_confirming() {
        TestUser person = fixtures.user("travelling");
        sessions.registerNewSession("travelling-laptop",
                new SignedInUser(person.id(), person.username(), person.username(), null, false, true, "en"));
        navigate("admin/users");
        showOnly(person.username());

        _click(actionButton("End sessions"));
        assertThat(_get(Dialog.class, spec -> spec.withId("final-action")).getHeaderTitle())
                .isEqualTo("End every session of Test " + person.username() + " (" + person.username() + ")");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(sessions.getSessionInformation("travelling-laptop").isExpired()).as("cancelled").isFalse();

        _click(actionButton("End sessions"));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(sessions.getSessionInformation("travelling-laptop").isExpired()).isTrue();
    }

    private void showOnly(String username) {
        _setValue(_get(TextField.class, spec -> spec.withId("users-filter")), username);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    private Button actionButton(String text) {
        Component actions = GridKt._getCellComponent(grid(), 0, "actions");
        return actions.getChildren().filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }
}
