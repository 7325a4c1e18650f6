package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.council.Candidate;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class ShellAndCouncilViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;

    TestUser admin;
    TestUser secretariat;
    TestUser member;
    long councilId;

    @BeforeEach
    void council() {
        admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        member = fixtures.user("member");
        councilId = fixtures.council(admin, secretariat);
        fixtures.addMember(councilId, secretariat, member, CouncilRole.MEMBER);
    }

    @Test
    void a_member_sees_their_councils_and_no_administration() {
        signIn(member);
        navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("my-councils")).getElement().getTextRecursively())
                .contains("Member");
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Users"))).isEmpty();
        navigate("councils/" + councilId);
        assertThat(tabLabels()).contains("Overview", "Members").as("members do not read the audit log")
                .doesNotContain("Audit log");
    }

    @Test
    void the_secretariat_sees_the_audit_log_tab_of_their_council() {
        signIn(secretariat);
        navigate("councils/" + councilId);
        assertThat(tabLabels()).contains("Overview", "Members", "Audit log");
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Users"))).isEmpty();
    }

    @Test
    void the_account_menu_builds_its_choices_when_opened_and_switches_the_language() {
        signIn(member);
        navigate("");
        Button menu = _get(Button.class, spec -> spec.withId("user-menu"));
        assertThat(menu.getText()).isEqualTo("Test " + member.username());
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Account menu for Test " + member.username());
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(_find(Button.class, spec -> spec.withId("user-menu-sign-out"))).as("built only when opened").isEmpty();

        assertThat(_find(com.vaadin.flow.component.popover.Popover.class, spec -> spec.withId("user-menu-popover")))
                .as("the popover too is made on the first click").isEmpty();
        _click(menu);
        com.vaadin.flow.component.popover.Popover popover = _get(com.vaadin.flow.component.popover.Popover.class,
                spec -> spec.withId("user-menu-popover"));
        assertThat(popover.isOpened()).isTrue();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(_find(Button.class, spec -> spec.withClasses("cw-user-menu-choice")))
                .extracting(Button::getText)
                .containsExactly("Profile", "Change password", "English", "日本語", "ไทย", "Sign out");
        Button english = _get(Button.class, spec -> spec.withId("user-menu-language-en"));
        Button thai = _get(Button.class, spec -> spec.withId("user-menu-language-th"));
        assertThat(english.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(english.getIcon()).as("a tick, not colour alone").isNotNull();
        assertThat(thai.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(thai.getElement().getAttribute("lang")).isEqualTo("th");

        _click(thai);
        assertThat(popover.isOpened()).isFalse();
        assertThat(AsUser.call(member, () -> accounts.myAccount()).locale()).isEqualTo("th");
        assertThat(_find(Button.class, spec -> spec.withId("user-menu-sign-out"))).as("dropped when closed").isEmpty();

        // The page reloaded in Thai: a new UI with its own menu.
        assertThat(_get(Button.class, spec -> spec.withId("user-menu")).getElement().getAttribute("aria-label"))
                .isEqualTo("เมนูบัญชีผู้ใช้ของ Test " + member.username());
        _click(_get(Button.class, spec -> spec.withId("user-menu")));
        assertThat(_get(Button.class, spec -> spec.withId("user-menu-language-th")).getElement()
                .getAttribute("aria-pressed")).isEqualTo("true");
        _click(_get(Button.class, spec -> spec.withId("user-menu-password")));
        assertThat(currentPath()).isEqualTo("account/password");
    }

    @Test
    void nobody_signed_in_gets_no_account_menu() {
        navigate("login");
        assertThat(_find(Button.class, spec -> spec.withId("user-menu"))).isEmpty();
    }

    private static String currentPath() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private java.util.List<String> tabLabels() {
        return _get(com.vaadin.flow.component.html.Nav.class, spec -> spec.withId("council-tabs")).getChildren()
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getText()).toList();
    }

    @Test
    void the_administrator_sees_administration_but_no_council_content() {
        signIn(admin);
        navigate("");
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Users"))).hasSize(1);
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Councils"))).hasSize(1);
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Platform audit log"))).hasSize(1);
        navigate("councils/" + councilId);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void someone_outside_a_council_cannot_tell_its_pages_from_missing_ones() {
        signIn(admin);
        navigate("councils/" + councilId);
        String existing = _get(H1.class).getText();
        navigate("councils/" + (councilId + 1_000_000));
        String missing = _get(H1.class).getText();
        assertThat(existing).isEqualTo(missing).isEqualTo("Page not found");
    }

    @Test
    void a_member_opening_the_audit_log_by_address_is_refused_politely() {
        signIn(member);
        navigate("councils/" + councilId + "/audit");
        assertThat(_get(H1.class).getText()).isEqualTo("Not available to you");
    }

    @Test
    void council_home_shows_members_grouped_and_my_role() {
        signIn(secretariat);
        navigate("councils/" + councilId);
        assertThat(_get(H1.class, spec -> spec.withId("council-name")).getText()).startsWith("Council-");
        String members = _get(Div.class, spec -> spec.withId("members-by-group")).getElement().getTextRecursively();
        assertThat(members).contains("Expert (2)", "Test " + member.username(), "Test Institute");
        assertThat(_get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("my-role"))
                .getElement().getTextRecursively()).contains("Secretariat");
    }

    @Test
    void new_user_form_shows_bad_input_at_the_field_and_creates_nothing() {
        signIn(admin);
        navigate("admin/users");
        int before = AsUser.call(admin, () -> accounts.countUsers(null));
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-username")), "Not Valid!");
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "<b>Name</b>");
        _setValue(_get(EmailField.class, spec -> spec.withId("new-user-email")), "name@example.org");
        _click(_get(Button.class, spec -> spec.withId("new-user-save")));
        TextField username = _get(TextField.class, spec -> spec.withId("new-user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("lower-case letters");
        assertThat(AsUser.call(admin, () -> accounts.countUsers(null))).isEqualTo(before);
    }

    @Test
    void the_administrator_creates_a_user_and_sees_the_one_time_link() {
        signIn(admin);
        navigate("admin/users");
        String name = Fixtures.unique("newbie");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-username")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "New Person");
        _setValue(_get(EmailField.class, spec -> spec.withId("new-user-email")), name + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("new-user-save")));
        String link = _get(TextField.class, spec -> spec.withId("invitation-link")).getValue();
        assertThat(link).contains("/set-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(accounts.invitationFor(token)).contains(name);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_adds_a_member_through_the_dialog() {
        TestUser newcomer = fixtures.user("newcomer");
        signIn(secretariat);
        navigate("councils/" + councilId + "/members");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("add-member")));
        ComboBox<Candidate> person = _get(ComboBox.class, spec -> spec.withId("add-member-person"));
        person.setValue(new Candidate(newcomer.id(), newcomer.username(), "Test " + newcomer.username()));
        _setValue(_get(TextField.class, spec -> spec.withId("add-member-organization")), "สถาบันยานยนต์");
        _click(_get(Button.class, spec -> spec.withId("add-member-save")));
        assertThat(GridKt._size(grid)).isEqualTo(3);
    }

    @Test
    void a_member_sees_the_member_list_without_management_controls() {
        signIn(member);
        navigate("councils/" + councilId + "/members");
        assertThat(_find(Button.class, spec -> spec.withId("add-member"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("members-grid")))).isEqualTo(2);
    }
}
