package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Direction;
import org.councilworkspace.implementation.FrozenMeasure;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.implementation.NewKpi;
import org.councilworkspace.implementation.NewMeasure;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A published version's page lists the measures frozen with it, as they were then, typed text escaped, no script. */
@ServiceTest
@AutoConfigureMockMvc
class PortalFrozenMeasuresTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired ProgressTracker tracker;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        AsUser.run(w.plan.secretariat(), () -> {
            long agency = register.addAgency(w.plan.councilId(), "Agency " + HOSTILE, "Hostile Office");
            long measure = register.createMeasure(w.plan.planId(), new NewMeasure(w.otherSectionId,
                    "Measure " + HOSTILE, "Described.", agency, Set.of(), LocalDate.of(w.year - 1, 1, 1),
                    LocalDate.of(w.year + 3, 12, 31), List.of(), List.of()));
            register.addKpi(measure, new NewKpi("KPI " + HOSTILE, "t", w.year - 2, new BigDecimal("2.50"),
                    Direction.DECREASE, "Source", ReportingFrequency.QUARTERLY,
                    List.of(new KpiTarget(w.year + 1, new BigDecimal("1.5")),
                            new KpiTarget(w.year + 2, new BigDecimal("1")))));
            register.changeStatus(w.measureId, MeasureStatus.ONGOING, null, 0);
        });
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private long freezeAndPublish(String label) {
        return AsUser.call(w.plan.secretariat(), () -> {
            long id = versions.freeze(w.plan.planId(), false, label, null);
            published.publish(id);
            return id;
        });
    }

    private String page(long versionId) throws Exception {
        return mvc.perform(get("/public/en/versions/" + versionId)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void the_version_page_shows_each_frozen_measure_with_lead_agency_status_and_kpi_targets_escaped() throws Exception {
        long version = freezeAndPublish("v1.0");

        String html = page(version);

        assertThat(html).contains("id=\"frozen-measures\"", "Measures frozen with this version",
                "EV production incentives", "Lead agency: " + RegisterWorld.MINISTRY,
                "Status when this version was frozen: Ongoing", "Status when this version was frozen: Planned",
                "EV share of production (%)", "10 in " + (w.year - 2), (w.year + 3) + ": 30", "Should increase",
                "Measure " + ESCAPED, "Lead agency: Agency " + ESCAPED, "KPI " + ESCAPED + " (t)",
                "2.5 in " + (w.year - 2), (w.year + 1) + ": 1.5, " + (w.year + 2) + ": 1", "Should decrease",
                "<th scope=\"col\"", "href=\"#s" + w.sectionId + "\"")
                .doesNotContain("<script", "alert('x')");
        assertThat(html.indexOf("EV production incentives")).as("in the outline's order")
                .isLessThan(html.indexOf("Measure " + ESCAPED));
    }

    @Test
    void later_changes_to_the_register_leave_the_published_version_as_it_was_frozen() throws Exception {
        long version = freezeAndPublish("v1.0");
        AsUser.run(w.plan.secretariat(), () -> {
            register.changeStatus(w.measureId, MeasureStatus.DELAYED, "Budget not released", 1);
            register.createMeasure(w.plan.planId(), w.measure(w.sectionId));
        });

        List<FrozenMeasure> frozen = tracker.frozenMeasures(version);

        assertThat(frozen).extracting(FrozenMeasure::title).containsExactly("EV production incentives",
                "Measure " + HOSTILE);
        assertThat(frozen.get(0).status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(frozen.get(0).kpis()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("EV share of production");
            assertThat(k.targets()).extracting(KpiTarget::year).containsExactly(w.year + 3);
        });
        assertThat(page(version)).doesNotContain("Delayed");
    }

    @Test
    void the_measures_of_a_version_not_published_are_not_found_by_anyone() throws Exception {
        long internal = AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, "v0.9", null));

        assertThatThrownBy(() -> tracker.frozenMeasures(internal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.frozenMeasures(internal + 1_000_000)).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/public/en/versions/" + internal)).andExpect(status().isNotFound());
    }
}
