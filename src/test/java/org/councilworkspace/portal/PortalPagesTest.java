package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ServiceTest
@AutoConfigureMockMvc
class PortalPagesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired RoundService rounds;
    @Autowired FormToken tokens;
    @Autowired Clock clock;

    private record Published(PlanWorld world, long section, long draftVersion, long publishedVersion) {
    }

    private Published publishedPlan() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, HOSTILE);
        planFixtures.write(w.lead(), section, "First text of the vision.");
        long first = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1 internal", null));
        planFixtures.write(w.lead(), section, "Second text of the vision, now longer.");
        long second = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2 published", null));
        AsUser.run(w.secretariat(), () -> published.publish(second));
        return new Published(w, section, first, second);
    }

    @Test
    void a_published_version_is_readable_and_a_frozen_but_unpublished_one_answers_as_a_missing_id() throws Exception {
        Published p = publishedPlan();
        String page = mvc.perform(get("/public/en/versions/" + p.publishedVersion())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Second text of the vision", "id=\"s" + p.section() + "\"", "v0.2 published");
        String unpublished = mvc.perform(get("/public/en/versions/" + p.draftVersion())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/public/en/versions/99999999")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(unpublished).isEqualTo(unknown).doesNotContain("v0.1 internal");
        mvc.perform(get("/public/en/versions/" + p.draftVersion() + ".md")).andExpect(status().isNotFound());
        mvc.perform(get("/public/en/versions/" + p.publishedVersion() + ".md")).andExpect(status().isOk());
    }

    @Test
    void hostile_text_in_a_published_section_title_is_shown_exactly_as_typed_and_never_as_markup() throws Exception {
        Published p = publishedPlan();
        String page = mvc.perform(get("/public/ja/versions/" + p.publishedVersion())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script>alert");
    }

    @Test
    void only_those_who_manage_the_plan_may_publish_a_version_and_only_once() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "Text.");
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> published.publish(version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.outsider(), () -> published.publish(version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.secretariat(), () -> published.publishedAt(version))).isEmpty();
        AsUser.run(w.secretariat(), () -> published.publish(version));
        assertThat(AsUser.call(w.secretariat(), () -> published.publishedAt(version))).isPresent();
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> published.publish(version)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void compare_with_the_previous_version_shows_the_words_inserted_and_deleted() throws Exception {
        Published p = publishedPlan();
        long third = AsUser.call(p.world().secretariat(), () -> {
            planFixtures.write(p.world().lead(), p.section(), "Third text of the vision, now longer.");
            return versions.freeze(p.world().planId(), false, "v0.3", null);
        });
        AsUser.run(p.world().secretariat(), () -> published.publish(third));
        String page = mvc.perform(get("/public/en/versions/" + third + "/compare/" + p.publishedVersion()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<del class=\"cw-del\">Second</del>", "<ins class=\"cw-ins\">Third</ins>")
                .doesNotContain("cw-look");
        mvc.perform(get("/public/en/versions/" + third + "/compare/" + p.draftVersion())).andExpect(status().isNotFound());
    }

    @Test
    void compare_labels_words_made_bold_as_a_change_of_look_in_the_readers_language_and_escapes_them()
            throws Exception {
        Published p = publishedPlan();
        long third = AsUser.call(p.world().secretariat(), () -> {
            planFixtures.write(p.world().lead(), p.section(), "Second text of the vision and " + HOSTILE + ".");
            return versions.freeze(p.world().planId(), false, "v0.3", null);
        });
        long fourth = AsUser.call(p.world().secretariat(), () -> {
            planFixtures.write(p.world().lead(), p.section(), "Second text of the **vision** and **" + HOSTILE + "**.");
            return versions.freeze(p.world().planId(), false, "v0.4", null);
        });
        AsUser.run(p.world().secretariat(), () -> published.publish(third));
        AsUser.run(p.world().secretariat(), () -> published.publish(fourth));

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(
                get("/public/th/versions/" + fourth + "/compare/" + third)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        org.jsoup.select.Elements diff = page.select("div.diff");
        assertThat(diff.select("ins, del, script")).isEmpty();
        assertThat(diff.select("small.cw-look-label").eachText()).containsExactly("รูปแบบ: เพิ่มตัวหนา",
                "รูปแบบ: เพิ่มตัวหนา");
        assertThat(diff.select("span.cw-look").eachText()).containsExactly("vision", HOSTILE);
        assertThat(page.select("p.look-legend").text()).startsWith("เส้นใต้แบบจุด");
    }

    @Test
    void no_portal_page_sets_a_cookie_or_opens_a_session() throws Exception {
        Published p = publishedPlan();
        for (String path : new String[] {"/public", "/public/en", "/public/th", "/public/en/councils/" + p.world().councilId(),
                "/public/en/versions/" + p.publishedVersion(), "/public/en/consultations", "/public/en/meetings",
                "/public/en/versions/1234567", "/public/th/plans/" + p.world().planId() + "/progress",
                "/robots.txt", "/sitemap.xml", "/public/portal.css"}) {
            MvcResult result = mvc.perform(get(path).header("Accept-Language", "th-TH,th;q=0.9")).andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(response.getCookies()).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
    }

    @Test
    void the_first_visit_goes_to_the_browser_language_and_pages_carry_their_language() throws Exception {
        mvc.perform(get("/public").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"))
                .andExpect(status().isFound())
                .andExpect(r -> assertThat(r.getResponse().getHeader("Location")).isEqualTo("/public/ja"));
        mvc.perform(get("/public").header("Accept-Language", "de-DE"))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Location")).isEqualTo("/public/en"));
        String th = mvc.perform(get("/public/th")).andReturn().getResponse().getContentAsString();
        assertThat(th).contains("<html lang=\"th\"", "ข้ามไปยังเนื้อหา", "href=\"/public/ja\"", "href=\"/public/en\"");
        mvc.perform(get("/public/de")).andExpect(status().isNotFound());
    }

    @Test
    void pages_are_cacheable_and_an_unchanged_page_answers_not_modified() throws Exception {
        Published p = publishedPlan();
        String path = "/public/en/versions/" + p.publishedVersion();
        MockHttpServletResponse first = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(first.getHeader("Cache-Control")).contains("public", "max-age=");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void an_empty_comment_shows_every_fields_error_at_once_and_stores_nothing() throws Exception {
        ConsultationWorld.World w = world();
        long round = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).openPublicRound(w);
        String page = mvc.perform(post("/public/en/consultations/" + round).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", tokens.issue("round:" + round)).param("email", "not-an-address"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-name\"", "id=\"error-organizationType\"", "id=\"error-email\"",
                "id=\"error-text\"", "value=\"not-an-address\"");
    }

    @Test
    void a_form_without_a_valid_signed_token_is_refused_and_keeps_the_text() throws Exception {
        ConsultationWorld.World w = world();
        long round = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).openPublicRound(w);
        String page = mvc.perform(post("/public/en/consultations/" + round).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", tokens.issue("round:" + (round + 1))).param("name", "Somsri")
                        .param("organizationType", "INDIVIDUAL").param("email", "s@example.org").param("text", HOSTILE))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-form\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void a_valid_comment_gets_a_receipt_with_a_copy_of_exactly_what_was_sent() throws Exception {
        ConsultationWorld.World w = world();
        long round = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).openPublicRound(w);
        MockHttpServletResponse response = mvc.perform(post("/public/en/consultations/" + round)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).with(r -> {
                            r.setRemoteAddr("192.0.2.77");
                            return r;
                        })
                        .param("token", tokens.issue("round:" + round)).param("name", "Somsri " + HOSTILE)
                        .param("organizationType", "INDIVIDUAL").param("email", "s@example.org")
                        .param("section", Long.toString(w.targets())).param("text", "Targets: " + HOSTILE)
                        .param("consent", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"receipt-number\"", "Targets: &lt;script&gt;", "Your name will be published")
                .doesNotContain("<script>alert");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void the_honeypot_refuses_a_robot_and_an_unknown_round_answers_not_found() throws Exception {
        ConsultationWorld.World w = world();
        long round = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).openPublicRound(w);
        String page = mvc.perform(post("/public/en/consultations/" + round).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", tokens.issue("round:" + round)).param("name", "Bot")
                        .param("organizationType", "INDIVIDUAL").param("email", "b@example.org").param("text", "Buy")
                        .param("website", "http://spam.example"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-form\"").doesNotContain("receipt-number");
        mvc.perform(get("/public/en/consultations/99999999")).andExpect(status().isNotFound());
    }

    private ConsultationWorld.World world() {
        return new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock).create();
    }
}
