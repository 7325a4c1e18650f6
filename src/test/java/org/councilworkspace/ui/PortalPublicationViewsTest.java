package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import org.councilworkspace.council.PublicCouncils;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing a version and the member list asks first, names what becomes public, and Cancel does nothing. */
@ServiceTest
class PortalPublicationViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired PublicCouncils publicCouncils;

    PlanWorld w;
    long versionId;

    @BeforeEach
    void version() {
        w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub.");
        versionId = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1 for the plenary", null));
    }

    @Test
    void publishing_a_version_asks_first_naming_it_and_cancel_keeps_it_internal() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId() + "/versions");
        _click((Button) publicCell());
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("final-action"));
        assertThat(dialog.getHeaderTitle()).startsWith("Publish v0.1 for the plenary of ");
        assertThat(dialog.getElement().getTextRecursively()).contains("readable by anyone", "cannot be withdrawn");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(AsUser.call(w.secretariat(), () -> published.publishedAt(versionId))).isEmpty();

        _click((Button) publicCell());
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(AsUser.call(w.secretariat(), () -> published.publishedAt(versionId))).isPresent();
        navigate("plans/" + w.planId() + "/versions");
        assertThat(publicCell()).isInstanceOf(com.vaadin.flow.component.html.Anchor.class);
        assertThat(((com.vaadin.flow.component.html.Anchor) publicCell()).getHref()).isEqualTo("/public/en/versions/" + versionId);
    }

    @Test
    void a_member_sees_no_publish_button() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/versions");
        assertThat(publicCell()).isNotInstanceOf(Button.class);
        assertThat(publicCell().getElement().getText()).isEqualTo("Not public");
    }

    private com.vaadin.flow.component.Component publicCell() {
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("versions-grid"));
        return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "public");
    }

    @Test
    void making_the_member_list_public_asks_first_and_cancel_keeps_it_inside() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/members");
        Checkbox box = _get(Checkbox.class, spec -> spec.withId("members-public"));
        _setValue(box, true);
        assertThat(box.getValue()).as("not before the confirmation").isFalse();
        assertThat(_find(Dialog.class, spec -> spec.withId("final-action"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(publicCouncils.profiles(java.util.List.of(w.councilId())).get(0).membersPublic()).isFalse();

        _setValue(box, true);
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(publicCouncils.profiles(java.util.List.of(w.councilId())).get(0).membersPublic()).isTrue();
        assertThat(publicCouncils.members(w.councilId())).extracting(m -> m.displayName()).isNotEmpty();
    }
}
