package org.councilworkspace.amendment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.amendment.AmendmentSupportService;
import org.councilworkspace.amendment.SupportRule;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The amendment says what support it still lacks, and the accept button says why it is disabled. */
@ServiceTest
class AmendmentSupportViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired AmendmentService amendments;
    @Autowired AmendmentSupportService support;
    @Autowired DraftingService drafting;

    PlanWorld w;
    long section;
    long amendment;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub for clean vehicles.");
        amendment = AsUser.call(w.member(), () -> amendments.propose(section, drafting.section(section).revisionId(),
                "A regional hub for clean and safe vehicles.", "Safety matters."));
    }

    @Test
    void an_amendment_lacking_business_support_says_so_and_its_accept_button_is_disabled_and_points_there() {
        AsUser.run(w.secretariat(), () -> support.setRule(w.councilId(),
                new SupportRule(2, false, Set.of(StakeholderGroup.BUSINESS), 0)));
        AsUser.run(w.chair(), () -> amendments.opine(amendment, AmendmentStance.SUPPORT, null));
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/amendments/" + amendment);

        Div missing = _get(Div.class, spec -> spec.withId("support-missing-" + amendment));
        assertThat(missing.getElement().getTextRecursively()).contains("Needs 1 more supporter")
                .contains("Needs 1 more supporter from Business")
                .contains("It cannot be accepted until it has that support.");
        Button accept = _get(Button.class, spec -> spec.withId("accept-amendment-" + amendment));
        assertThat(accept.isEnabled()).isFalse();
        assertThat(accept.getElement().getAttribute("aria-describedby")).isEqualTo("support-missing-" + amendment);
        assertThat(_get(Button.class, spec -> spec.withId("reject-amendment-" + amendment)).isEnabled()).isTrue();

        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_get(Div.class, spec -> spec.withId("support-missing-" + amendment)).getElement()
                .getTextRecursively()).contains("from Business");
    }

    @Test
    void without_a_rule_nothing_is_said_and_the_accept_button_is_enabled() {
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/amendments/" + amendment);
        assertThat(_find(Div.class, spec -> spec.withId("support-missing-" + amendment))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("accept-amendment-" + amendment)).isEnabled()).isTrue();
    }

    @Test
    void the_secretariat_sets_the_rule_on_the_council_page_and_a_member_reads_it_there() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/amendment-rules");
        _get(IntegerField.class, spec -> spec.withId("support-min")).setValue(1);
        @SuppressWarnings("unchecked")
        CheckboxGroup<StakeholderGroup> groups = _get(CheckboxGroup.class, spec -> spec.withId("support-groups"));
        groups.setValue(Set.of(StakeholderGroup.MINISTRY));
        _click(_get(Button.class, spec -> spec.withId("support-save")));
        assertThat(AsUser.call(w.member(), () -> support.rule(w.councilId())).groups())
                .containsExactly(StakeholderGroup.MINISTRY);

        signIn(w.member());
        navigate("councils/" + w.councilId() + "/amendment-rules");
        assertThat(_find(Button.class, spec -> spec.withId("support-save"))).isEmpty();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("support-rule")).getElement().getTextRecursively())
                .contains("At least 1 supporter").contains("At least one supporter from Ministry");
    }
}
