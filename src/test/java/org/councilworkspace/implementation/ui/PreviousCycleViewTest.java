package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiOutcome;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The new plan's register page shows its drafters how the previous cycle's KPIs ended. */
@ServiceTest
class PreviousCycleViewTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired PlanService planService;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_lead_drafter_of_the_next_plan_sees_each_previous_kpi_with_its_outcome_and_the_rule() {
        long next = AsUser.call(w.plan.secretariat(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan(Fixtures.unique("Next plan"), 2032, 2036, null)));
        signIn(w.plan.lead());
        // Without a choice the page opens the plan of the latest cycle: the new one.
        navigate(ImplementationPaths.register(w.plan.councilId()));
        @SuppressWarnings("unchecked")
        Select<Plan> plan = _get(Select.class, spec -> spec.withId("register-plan"));
        assertThat(plan.getValue().id()).isEqualTo(next);

        assertThat(_get(Paragraph.class, spec -> spec.withId("previous-cycle-counts")).getText())
                .isEqualTo("Targets met: 0 · missed: 0 · no data: 1");
        Grid<KpiOutcome> grid = _get(Grid.class, spec -> spec.withId("previous-cycle-kpis"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence("EV production incentives",
                "EV share of production", (w.year + 3) + ": 30 %", "", "No data", "Yes");
    }

    @Test
    void a_first_cycles_plan_shows_no_evaluation() {
        signIn(w.plan.lead());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        assertThat(_find(PreviousCycle.class)).isEmpty();
    }
}
