package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.NewMeasure;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.plan.ui.FrozenItemChanges;
import org.councilworkspace.plan.ui.FrozenItemsPanel;
import org.councilworkspace.plan.ui.PlanPaths;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A version's page shows its measures as frozen; the comparison lists what changed; measure pages link cycles. */
@ServiceTest
class FrozenMeasuresViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired PlanService planService;
    @Autowired VersionService versions;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    private long freeze(String label) {
        return AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, label, null));
    }

    private void rename(String title) {
        Measure m = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        AsUser.run(w.plan.secretariat(), () -> register.updateMeasure(w.measureId, new NewMeasure(w.sectionId, title,
                m.description(), w.ministry, Set.of(w.association), m.startsOn(), m.endsOn(), List.of(), List.of()),
                m.version()));
    }

    @Test
    void an_observer_reads_the_measures_under_their_section_on_the_version_page_as_they_were_frozen() {
        long version = freeze("v0.1");
        rename("Renamed after the version");
        signIn(w.plan.observer());

        navigate(PlanPaths.version(w.plan.planId(), version));

        FrozenItemsPanel panel = _get(FrozenItemsPanel.class, spec -> spec.withId("frozen-items-s" + w.sectionId));
        String text = panel.getElement().getTextRecursively();
        assertThat(text).startsWith("Measures frozen with this version").contains("EV production incentives",
                "Tax credits for EV assembly lines.", "Lead agency: Ministry of Industry",
                "Milestone: Incentive scheme in force", "KPI: EV share of production (%)")
                .doesNotContain("Renamed after the version");
    }

    @Test
    void the_comparison_page_lists_the_changed_measure_with_the_lines_that_went_and_came() {
        long first = freeze("v0.1");
        rename("Renamed after the version");
        long second = freeze("v0.2");
        signIn(w.plan.member());

        navigate(PlanPaths.compare(w.plan.planId(), first, second));

        String text = _get(FrozenItemChanges.class).getElement().getTextRecursively();
        assertThat(text).startsWith("Measures added, removed or changed").contains("Changed",
                "Renamed after the version", "− EV production incentives", "+ Renamed after the version",
                "− Milestone: Incentive scheme in force");
    }

    @Test
    void a_carried_over_measure_links_to_its_original_and_the_original_to_where_it_went() {
        String next = Fixtures.unique("Next plan");
        long nextPlan = AsUser.call(w.plan.secretariat(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan(next, 2032, 2036, null)));
        long carried = AsUser.call(w.plan.secretariat(), () -> register.measures(nextPlan, MeasureFilter.ALL, 0, 10))
                .get(0).id();
        String previous = AsUser.call(w.plan.secretariat(), () -> planService.plan(w.plan.planId())).title();
        signIn(w.plan.observer());

        navigate(ImplementationPaths.measure(carried));
        Paragraph from = _get(Paragraph.class, spec -> spec.withId("measure-carried-from"));
        assertThat(from.getElement().getTextRecursively())
                .isEqualTo("Carried over from " + previous + " (2027–2031), measure EV production incentives");
        assertThat(_get(from, Anchor.class).getHref()).isEqualTo(ImplementationPaths.measure(w.measureId));

        navigate(ImplementationPaths.measure(w.measureId));
        Paragraph into = _get(Paragraph.class, spec -> spec.withId("measure-carried-into-" + carried));
        assertThat(into.getElement().getTextRecursively())
                .isEqualTo("Carried over into " + next + " (2032–2036) as measure EV production incentives");
        assertThat(_get(into, Anchor.class).getHref()).isEqualTo(ImplementationPaths.measure(carried));
    }
}
