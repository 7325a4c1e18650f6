package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Goal;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class AlignmentViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired GoalAlignment alignment;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @SuppressWarnings("unchecked")
    @Test
    void lead_drafter_finds_a_target_by_typing_and_aligns_the_measure_with_it() {
        AsUser.run(w.plan.secretariat(), () -> alignment.addSdgFramework(w.plan.planId()));
        signIn(w.plan.lead());
        navigate(ImplementationPaths.measure(w.measureId));
        ComboBox<Goal> choice = _get(ComboBox.class, spec -> spec.withId("measure-goal-choice"));
        ComboBoxKt.setUserInput(choice, "renewable energy in the global");
        assertThat(ComboBoxKt.getSuggestionItems(choice)).extracting(Goal::code).containsExactly("7.2");
        choice.setValue(ComboBoxKt.getSuggestionItems(choice).get(0));
        _click(_get(Button.class, spec -> spec.withId("measure-align")));

        assertThat(_get(ListItem.class, spec -> spec.withId("measure-goal-7.2")).getElement().getTextRecursively())
                .isEqualTo("7.2 By 2030, increase substantially the share of renewable energy in the global energy mix");
        assertThat(AsUser.call(w.plan.member(), () -> alignment.ofMeasure(w.measureId))).extracting(Goal::code)
                .containsExactly("7.2");

        _click(_get(Button.class, spec -> spec.withId("measure-unalign-7.2")));
        assertThat(_find(ListItem.class, spec -> spec.withId("measure-goal-7.2"))).isEmpty();
        assertThat(AsUser.call(w.plan.member(), () -> alignment.ofMeasure(w.measureId))).isEmpty();
    }

    @Test
    void a_japanese_reader_sees_the_alignment_in_japanese_and_an_observer_gets_no_editor() {
        AsUser.run(w.plan.secretariat(), () -> alignment.addSdgFramework(w.plan.planId()));
        long target = AsUser.call(w.plan.member(), () -> alignment.goals(w.plan.planId())).stream()
                .filter(g -> g.code().equals("12.5")).findFirst().orElseThrow().id();
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, target));
        signIn(w.plan.observer());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(ImplementationPaths.measure(w.measureId));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("measure-goals")).getElement().getTextRecursively())
                .startsWith("12.5 2030年までに、廃棄物の発生防止");
        assertThat(_find(ComboBox.class, spec -> spec.withId("measure-goal-choice"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("measure-unalign-12.5"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void secretariat_adds_the_sdgs_on_the_dashboard_and_a_goal_opens_its_measures() {
        AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(), w.measure(w.otherSectionId)));
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        _click(_get(Button.class, spec -> spec.withId("add-sdg-framework")));
        assertThat(_find(Button.class, spec -> spec.withId("add-sdg-framework"))).isEmpty();
        long target = AsUser.call(w.plan.member(), () -> alignment.goals(w.plan.planId())).stream()
                .filter(g -> g.code().equals("9.4")).findFirst().orElseThrow().id();
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, target));
        navigate(ImplementationPaths.register(w.plan.councilId()));
        Grid<Object> byGoal = _get(Grid.class, spec -> spec.withId("measures-by-goal"));
        assertThat(GridKt._size(byGoal)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(byGoal, 0, "goal"));
        ComboBox<Goal> filter = _get(ComboBox.class, spec -> spec.withId("measure-filter-goal"));
        assertThat(filter.getValue().code()).isEqualTo("9");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("measures-grid")))).isEqualTo(1);
    }
}
