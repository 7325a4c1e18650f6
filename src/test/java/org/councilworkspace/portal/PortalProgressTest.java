package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Direction;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.NewGoal;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.NewKpi;
import org.councilworkspace.implementation.NewMeasure;
import org.councilworkspace.implementation.ProgressRequest;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public progress tracker: plain HTML in three languages, no script, no cookie, typed text escaped. */
@ServiceTest
@AutoConfigureMockMvc
class PortalProgressTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired ProgressTracker tracker;
    @Autowired GoalAlignment alignment;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;
    LocalDate today;
    long hostileKpi;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        today = LocalDate.now(clock);
        long agency = AsUser.call(w.plan.secretariat(), () -> register.addAgency(w.plan.councilId(), "Agency " + HOSTILE,
                "Hostile Office"));
        long measure = AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(), new NewMeasure(
                w.sectionId, "Measure " + HOSTILE, "Described.", agency, Set.of(), LocalDate.of(w.year - 1, 1, 1),
                LocalDate.of(w.year + 3, 12, 31), List.of(), List.of())));
        hostileKpi = AsUser.call(w.plan.secretariat(), () -> register.addKpi(measure, new NewKpi("KPI " + HOSTILE, "t",
                w.year - 2, BigDecimal.ZERO, Direction.INCREASE, "Source " + HOSTILE, ReportingFrequency.QUARTERLY,
                List.of(new KpiTarget(w.year + 1, new BigDecimal("100"))))));
        AsUser.run(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "14")));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private long publish(LocalDate asOf, String reason) {
        return AsUser.call(w.plan.secretariat(), () -> tracker.publish(w.plan.planId(), new ProgressRequest(asOf, reason)));
    }

    private void adopt() {
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name())
                .where(MASTER_PLAN.ID.eq(w.plan.planId())).execute();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_progress_page_shows_measures_kpis_charts_tables_and_the_rule_with_hostile_text_escaped() throws Exception {
        adopt();
        publish(today, null);
        String html = page("/public/en/plans/" + w.plan.planId() + "/progress");
        assertThat(html).contains("<html lang=\"en\"", "<main id=\"main\"", "<h1>", "id=\"measures-by-status\"",
                "id=\"measures-by-agency\"", "id=\"kpis-by-status\"", "<svg", "<th scope=\"col\"", "<th scope=\"row\"",
                "EV share of production", "EV production incentives", RegisterWorld.MINISTRY, "Planned path",
                "tolerance 10 %", "by at most 10 % of the planned change")
                .contains("Measure " + ESCAPED, "Agency " + ESCAPED, "KPI " + ESCAPED, "Source " + ESCAPED)
                .doesNotContain("<script", "alert('x')");
        MockHttpServletResponse api = mvc.perform(get("/public/api/v1/plans/" + w.plan.planId() + "/progress"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(api.getContentAsString()).contains("\"EV share of production\"", "\"asOf\"",
                "\"tolerancePercent\":10");
        assertThat(api.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void each_published_measure_shows_its_goals_in_the_pages_language_with_typed_titles_escaped() throws Exception {
        AsUser.run(w.plan.secretariat(), () -> alignment.addSdgFramework(w.plan.planId()));
        long own = AsUser.call(w.plan.secretariat(), () -> alignment.addFramework(w.plan.planId(), "Milestones"));
        long m3 = AsUser.call(w.plan.secretariat(), () -> alignment.addGoal(own, new NewGoal("M3",
                "Goal " + HOSTILE, null, null)));
        long target = AsUser.call(w.plan.member(), () -> alignment.goals(w.plan.planId())).stream()
                .filter(g -> g.code().equals("7.2")).findFirst().orElseThrow().id();
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, target));
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, m3));
        adopt();
        publish(today, null);
        String th = page("/public/th/plans/" + w.plan.planId() + "/progress");
        assertThat(th).contains("เป้าหมาย", "7.2 เพิ่มสัดส่วนของพลังงานหมุนเวียน", "M3 Goal " + ESCAPED)
                .doesNotContain("alert('x')");
        assertThat(page("/public/en/plans/" + w.plan.planId() + "/progress"))
                .contains("7.2 By 2030, increase substantially the share of renewable energy");
    }

    @Test
    void the_page_reads_in_japanese_and_thai_with_the_as_of_date_in_the_councils_calendar() throws Exception {
        CouncilLanguages.set(councils, w.plan.secretariat(), w.plan.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        adopt();
        publish(today, null);
        String th = page("/public/th/plans/" + w.plan.planId() + "/progress");
        assertThat(th).contains("<html lang=\"th\"", "ณ วันที่", "พ.ศ. " + (today.getYear() + 543), "ตัวชี้วัด");
        String ja = page("/public/ja/plans/" + w.plan.planId() + "/progress");
        assertThat(ja).contains("<html lang=\"ja\"", "時点", "状況の算出方法", "施策");
        String en = page("/public/en/plans/" + w.plan.planId() + "/progress");
        assertThat(en).contains("As of ", "BE", Integer.toString(today.getYear() + 543));
    }

    @Test
    void no_progress_page_sets_a_cookie_opens_a_session_or_carries_a_script_and_it_revalidates() throws Exception {
        adopt();
        long first = publish(today.minusDays(1), null);
        publish(today, null);
        for (String path : List.of("/public/en/plans/" + w.plan.planId() + "/progress",
                "/public/th/plans/" + w.plan.planId() + "/progress/" + first,
                "/public/ja/councils/" + w.plan.councilId())) {
            MvcResult result = mvc.perform(get(path).header("Accept-Language", "th-TH")).andExpect(status().isOk())
                    .andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(response.getContentAsString()).as(path).doesNotContain("<script");
            assertThat(response.getHeader("Cache-Control")).as(path).contains("public", "max-age=");
            String etag = response.getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        }
    }

    @Test
    void an_earlier_publication_stays_listed_and_says_what_superseded_it_and_why_it_was_corrected() throws Exception {
        adopt();
        long first = publish(today, null);
        long correction = publish(today, "Reason " + HOSTILE);
        String current = page("/public/en/plans/" + w.plan.planId() + "/progress");
        assertThat(current).contains("id=\"progress-correction\"", "Reason " + ESCAPED,
                "/plans/" + w.plan.planId() + "/progress/" + first).doesNotContain("id=\"progress-superseded\"");
        String earlier = page("/public/en/plans/" + w.plan.planId() + "/progress/" + first);
        assertThat(earlier).contains("id=\"progress-superseded\"", "Read the current publication");
        mvc.perform(get("/public/en/plans/" + (w.plan.planId() + 1_000_000) + "/progress/" + correction))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_council_page_and_the_plan_version_link_to_the_progress_and_a_plan_without_any_is_not_found()
            throws Exception {
        String missing = mvc.perform(get("/public/en/plans/0/progress")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(get("/public/en/plans/" + w.plan.planId() + "/progress")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).as("a register that published nothing")
                .isEqualTo(missing).doesNotContain("EV share of production");
        plans.write(w.plan.lead(), w.sectionId, "Electric vehicles text.");
        long version = AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, "v0.1", null));
        AsUser.run(w.plan.secretariat(), () -> published.publish(version));
        publish(today, null);
        String link = "href=\"/public/en/plans/" + w.plan.planId() + "/progress\"";
        assertThat(page("/public/en/councils/" + w.plan.councilId())).contains("id=\"progress-links\"", link);
        assertThat(page("/public/en/versions/" + version)).contains("id=\"plan-progress\"", link);
        assertThat(page("/public/en/councils/" + w.plan.councilId() + "/feed.atom"))
                .contains("/public/en/plans/" + w.plan.planId() + "/progress/");
    }
}
