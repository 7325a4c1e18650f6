package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Actual;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.implementation.NewRound;
import org.councilworkspace.implementation.ReportingFrequency;
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
class RegisterViewsTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @Test
    void reporter_enters_an_actual_and_the_kpi_says_on_track_with_the_numbers_it_compared() {
        signIn(w.reporter);
        navigate(ImplementationPaths.measure(w.measureId));
        _click(_get(Button.class, spec -> spec.withId("report-actual-" + w.kpiId)));
        _get(IntegerField.class, spec -> spec.withId("actual-year")).setValue(w.year - 1);
        _get(BigDecimalField.class, spec -> spec.withId("actual-value")).setValue(new BigDecimal("14"));
        _get(TextField.class, spec -> spec.withId("actual-evidence")).setValue("https://example.org/oie-2026.pdf");
        _click(_get(Button.class, spec -> spec.withId("actual-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("kpi-status-" + w.kpiId)).getText())
                .startsWith("On track").contains("14").contains("10 %");
        @SuppressWarnings("unchecked")
        Grid<Actual> history = _get(Grid.class, spec -> spec.withId("actual-history-" + w.kpiId));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(_get(Div.class, spec -> spec.withId("kpi-trajectory-" + w.kpiId)).getElement()
                .getTextRecursively()).contains("Baseline " + (w.year - 2)).contains("14");
    }

    @Test
    void an_actual_without_a_value_is_refused_at_the_field_and_nothing_is_saved() {
        signIn(w.reporter);
        navigate(ImplementationPaths.measure(w.measureId));
        _click(_get(Button.class, spec -> spec.withId("report-actual-" + w.kpiId)));
        _click(_get(Button.class, spec -> spec.withId("actual-save")));
        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withId("actual-value"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(AsUser.call(w.reporter, () -> register.actualHistory(w.kpiId))).isEmpty();
    }

    @Test
    void observer_reads_the_measure_but_gets_no_button_to_change_or_report() {
        signIn(w.affiliatedObserver);
        navigate(ImplementationPaths.measure(w.measureId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("measure-status")).getText()).isEqualTo("Planned");
        assertThat(_find(Button.class, spec -> spec.withId("report-actual-" + w.kpiId))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-measure"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("change-status"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void lead_drafter_delays_the_measure_with_a_reason_after_being_asked_and_it_stays_on_the_record() {
        signIn(w.plan.lead());
        navigate(ImplementationPaths.measure(w.measureId));
        _click(_get(Button.class, spec -> spec.withId("change-status")));
        _get(Select.class, spec -> spec.withId("status-choice")).setValue(MeasureStatus.DELAYED);
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        // No reason: the service refuses, the dialog stays open and the status is unchanged.
        assertThat(_find(Button.class, spec -> spec.withId("final-action-confirm"))).hasSize(1);
        assertThat(AsUser.call(w.plan.lead(), () -> register.measure(w.measureId)).measure().status())
                .isEqualTo(MeasureStatus.PLANNED);
        _get(TextArea.class, spec -> spec.withId("final-action-reason")).setValue("Tender <re-run>");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("measure-status")).getText())
                .isEqualTo("Delayed — Tender <re-run>");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("status-history")))).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    @Test
    void member_opens_the_dashboard_and_drills_down_from_a_status_count_to_its_measures() {
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED, "Late", 0));
        signIn(w.plan.member());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        Grid<Object> measures = _get(Grid.class, spec -> spec.withId("measures-grid"));
        assertThat(GridKt._size(measures)).isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("status-count-DELAYED")).getText()).isEqualTo("Delayed: 1");
        _click(_get(Button.class, spec -> spec.withId("status-count-DONE")));
        assertThat(GridKt._size(measures)).isZero();
        _click(_get(Button.class, spec -> spec.withId("status-count-DELAYED")));
        assertThat(GridKt._size(measures)).isEqualTo(1);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("kpis-grid")))).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("kpi-rule")).getText()).contains("10 %")
                .contains("20 %");
        assertThat(_find(Button.class, spec -> spec.withId("new-measure"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-agency"))).isEmpty();
    }

    @Test
    void secretariat_sets_the_tolerance_and_adds_an_agency_linked_to_an_affiliation() {
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        IntegerField tolerance = _get(IntegerField.class, spec -> spec.withId("kpi-tolerance"));
        tolerance.setValue(101);
        _click(_get(Button.class, spec -> spec.withId("save-tolerance")));
        assertThat(tolerance.getErrorMessage()).isEqualTo("Enter a number from 0 to 100.");
        tolerance.setValue(15);
        _click(_get(Button.class, spec -> spec.withId("save-tolerance")));
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.tolerance(w.plan.councilId()))).isEqualTo(15);
        _get(TextField.class, spec -> spec.withId("agency-name")).setValue("Skills Development Department");
        _click(_get(Button.class, spec -> spec.withId("add-agency")));
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.agencies(w.plan.councilId())))
                .anySatisfy(a -> assertThat(a.affiliation()).isEqualTo("Skills Development Department"));
    }

    @Test
    void reporter_submits_the_round_report_after_being_asked_and_the_secretariats_acceptance_makes_the_actual() {
        long round = AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(w.plan.planId(),
                new NewRound(ReportingFrequency.ANNUAL, w.year - 1, 1, LocalDate.now(clock).plusDays(10))));
        long reportId = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId())).stream()
                .filter(r -> r.round().id() == round).findFirst().orElseThrow().id();
        signIn(w.reporter);
        navigate(ImplementationPaths.register(w.plan.councilId()));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("my-reporting-tasks")))).isEqualTo(1);
        navigate(ImplementationPaths.report(reportId));
        _get(BigDecimalField.class, spec -> spec.withId("report-value-" + w.kpiId)).setValue(new BigDecimal("14"));
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-status")).getText()).startsWith("Submitted");
        assertThat(_find(Button.class, spec -> spec.withId("report-submit"))).isEmpty();
        AsUser.signOut();
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.report(reportId));
        _click(_get(Button.class, spec -> spec.withId("report-accept")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-status")).getText()).startsWith("Accepted");
        assertThat(AsUser.call(w.plan.member(), () -> register.kpis(w.measureId)).get(0).actuals())
                .singleElement().satisfies(a -> assertThat(a.value()).isEqualByComparingTo("14"));
    }
}
