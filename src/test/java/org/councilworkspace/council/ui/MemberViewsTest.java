package org.councilworkspace.council.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The members screen offers only the roles the viewer may give, and changes or ends a membership only when confirmed. */
@ServiceTest
class MemberViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired CouncilService councils;

    TestUser secretariat;
    TestUser chair;
    TestUser member;
    long councilId;

    @BeforeEach
    void council() {
        TestUser admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        councilId = fixtures.council(admin, secretariat);
        chair = fixtures.user("chair");
        member = fixtures.user("member");
        fixtures.addMember(councilId, admin, chair, CouncilRole.CHAIR);
        fixtures.addMember(councilId, secretariat, member, CouncilRole.MEMBER);
    }

    @Test
    void the_secretariat_is_offered_only_the_roles_below_the_chair_and_no_picker_for_itself_or_the_chair() {
        signIn(secretariat);
        navigate("councils/" + councilId + "/members");
        assertThat(picker(member).getListDataView().getItems())
                .containsExactly(CouncilRole.SECRETARIAT, CouncilRole.MEMBER, CouncilRole.OBSERVER);
        assertThat(cell(secretariat, "role")).isNotInstanceOf(Select.class);
        assertThat(cell(chair, "role")).isNotInstanceOf(Select.class);
        assertThat(cell(chair, "actions").isVisible()).as("no ending the chair's membership").isFalse();
        assertThat(cell(secretariat, "actions").isVisible()).as("leaving is offered").isTrue();
    }

    @Test
    void the_chair_is_offered_every_role() {
        signIn(chair);
        navigate("councils/" + councilId + "/members");
        assertThat(picker(member).getListDataView().getItems()).containsExactly(CouncilRole.values());
        assertThat(picker(secretariat).getListDataView().getItems()).containsExactly(CouncilRole.values());
    }

    @Test
    void a_role_is_changed_only_after_confirming_and_cancelling_puts_the_picker_back() {
        signIn(secretariat);
        navigate("councils/" + councilId + "/members");
        _setValue(picker(member), CouncilRole.OBSERVER);
        Dialog dialog = finalAction();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change the role of Test " + member.username() + " to Observer");
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("An observer reads drafts and minutes and cannot change anything.");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(roleOf(member)).isEqualTo(CouncilRole.MEMBER);
        assertThat(picker(member).getValue()).isEqualTo(CouncilRole.MEMBER);

        _setValue(picker(member), CouncilRole.OBSERVER);
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(roleOf(member)).isEqualTo(CouncilRole.OBSERVER);
        assertThat(picker(member).getValue()).isEqualTo(CouncilRole.OBSERVER);
    }

    @Test
    void ending_a_membership_asks_first_and_cancelling_keeps_it() {
        signIn(secretariat);
        navigate("councils/" + councilId + "/members");
        _click((Button) cell(member, "actions"));
        assertThat(finalAction().getHeaderTitle()).isEqualTo("End the membership of Test " + member.username());
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(current(member)).isTrue();

        _click((Button) cell(member, "actions"));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(current(member)).isFalse();
    }

    @Test
    void the_administrator_appoints_a_chair_from_the_members_screen_of_a_council_without_one() {
        TestUser admin = fixtures.admin();
        long chairless = fixtures.council(admin, secretariat);
        fixtures.addMember(chairless, secretariat, member, CouncilRole.MEMBER);
        long other = councilId;
        councilId = chairless;
        signIn(secretariat);
        navigate("councils/" + chairless + "/members");
        assertThat(picker(member).getListDataView().getItems()).doesNotContain(CouncilRole.CHAIR);

        signIn(admin);
        navigate("councils/" + chairless + "/members");
        _setValue(picker(member), CouncilRole.CHAIR);
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Change the role of Test " + member.username() + " to Chair");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(AsUser.call(secretariat, () -> councils.currentMembers(chairless))).filteredOn(m -> m.userId() == member.id())
                .extracting(Member::role).containsExactly(CouncilRole.CHAIR);
        councilId = other;
    }

    private Dialog finalAction() {
        return _get(Dialog.class, spec -> spec.withId("final-action"));
    }

    @SuppressWarnings("unchecked")
    private Select<CouncilRole> picker(TestUser who) {
        return (Select<CouncilRole>) cell(who, "role");
    }

    @SuppressWarnings("unchecked")
    private Component cell(TestUser who, String column) {
        Grid<Member> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).userId() == who.id()) {
                return GridKt._getCellComponent(grid, row, column);
            }
        }
        throw new AssertionError("no row for " + who.username());
    }

    private CouncilRole roleOf(TestUser who) {
        return AsUser.call(chair, () -> councils.currentMembers(councilId)).stream()
                .filter(m -> m.userId() == who.id()).findFirst().orElseThrow().role();
    }

    private boolean current(TestUser who) {
        return AsUser.call(chair, () -> councils.currentMembers(councilId)).stream().anyMatch(m -> m.userId() == who.id());
    }
}
