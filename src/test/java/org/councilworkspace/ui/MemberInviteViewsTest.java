package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class MemberInviteViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CouncilService councils;

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_is_offered_only_roles_below_the_chair_and_invites_one_person() {
        PlanWorld w = planFixtures.world();
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/members/invite");
        Select<CouncilRole> role = _get(Select.class, spec -> spec.withId("invite-role"));
        DataProvider<CouncilRole, ?> roles = (DataProvider<CouncilRole, ?>) role.getDataProvider();
        assertThat(roles.fetch(new Query<>()).toList()).containsExactly(CouncilRole.SECRETARIAT, CouncilRole.MEMBER,
                CouncilRole.OBSERVER);
        _get(TextField.class, spec -> spec.withId("invite-name")).setValue("Malee Srisuk");
        String address = "malee.view." + System.nanoTime() + "@example.org";
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue(address);
        _get(TextField.class, spec -> spec.withId("invite-affiliation")).setValue("Thai Automotive Institute");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        // This test site sends no e-mail: the set-password link is shown to hand over instead.
        assertThat(_get(Paragraph.class, spec -> spec.withId("invite-result")).getText()).contains("Malee Srisuk");
        assertThat(_get(TextField.class, spec -> spec.withId("invite-link")).getValue()).contains("/set-password/");
        AsUser.run(w.secretariat(), () -> assertThat(councils.currentMembers(w.councilId()))
                .anyMatch(m -> m.displayName().equals("Malee Srisuk") && m.role() == CouncilRole.MEMBER));
    }

    @Test
    void a_member_cannot_open_the_invitation_page() {
        PlanWorld w = planFixtures.world();
        signIn(w.member());
        navigate("councils/" + w.councilId() + "/members/invite");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("invite-send")))
                .isEmpty();
    }
}
