package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
@AutoConfigureMockMvc
class PortalFeedsTest {

    private static final String HOSTILE = "Plan <b>&</b> \"x\"";

    @Autowired MockMvc mvc;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired org.councilworkspace.meeting.MeetingService meetings;
    @Autowired org.councilworkspace.meeting.AgendaService agendas;
    @Autowired java.time.Clock clock;

    @Test
    void a_council_offers_its_public_meetings_as_a_calendar_feed_without_online_links() throws Exception {
        PlanWorld w = planFixtures.world();
        long publishedVersion = AsUser.call(w.secretariat(), () -> {
            planFixtures.write(w.lead(), planFixtures.section(w, null, "Vision"), "Text.");
            return versions.freeze(w.planId(), false, "v1", null);
        });
        AsUser.run(w.secretariat(), () -> published.publish(publishedVersion));
        var start = java.time.OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusDays(3);
        long open = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                new org.councilworkspace.meeting.NewMeeting(org.councilworkspace.meeting.MeetingKind.PLENARY,
                        "5th plenary; targets, 2031", start, start.plusHours(2), "Hall B",
                        "https://meet.example.org/secret-room", null, java.util.Set.of())));
        AsUser.call(w.secretariat(), () -> agendas.addItem(open, new org.councilworkspace.meeting.NewAgendaItem(
                "Targets", 30, null, org.councilworkspace.meeting.AgendaPurpose.DECISION, null)));
        AsUser.run(w.secretariat(), () -> agendas.publish(open));
        AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                new org.councilworkspace.meeting.NewMeeting(org.councilworkspace.meeting.MeetingKind.PLENARY,
                        "Internal preparation", start.plusDays(1), start.plusDays(1).plusHours(1), null, null, null,
                        java.util.Set.of())));

        var response = mvc.perform(get("/public/en/councils/" + w.councilId() + "/meetings.ics"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String ics = response.getContentAsString();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:5th plenary\\; targets\\, 2031",
                "LOCATION:Hall B", "URL:http://localhost/public/en/meetings/" + open)
                .doesNotContain("secret-room", "Internal preparation");
        assertThat(response.getCookies()).isEmpty();
        mvc.perform(get("/public/en/councils/99999999/meetings.ics")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/public/en/councils/" + w.councilId())).andReturn().getResponse()
                .getContentAsString()).contains("/councils/" + w.councilId() + "/meetings.ics\"",
                "/councils/" + w.councilId() + "/feed.atom\"");
    }

    @Test
    void the_feed_sitemap_and_api_list_what_is_published_and_nothing_frozen_but_internal() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, HOSTILE);
        planFixtures.write(w.lead(), section, "The text.");
        long internal = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "internal draft", null));
        long publicVersion = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "public v1", null));
        AsUser.run(w.secretariat(), () -> published.publish(publicVersion));

        String atom = mvc.perform(get("/public/en/councils/" + w.councilId() + "/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "/public/en/versions/" + publicVersion,
                "public v1").doesNotContain("internal draft");
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/public/th/versions/" + publicVersion + "</loc>")
                .doesNotContain("/versions/" + internal + "</loc>");
        assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString())
                .contains("Allow: /public/", "Sitemap: ");
        String api = mvc.perform(get("/public/api/v1/versions/" + publicVersion)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"label\":\"public v1\"", "\"anchor\":\"s" + section + "\"",
                "\"title\":\"Plan <b>&</b> \\\"x\\\"\"");
        mvc.perform(get("/public/api/v1/versions/" + internal)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/public/api/v1/versions")).andReturn().getResponse().getContentAsString())
                .contains("public v1").doesNotContain("internal draft");
        mvc.perform(get("/public/en/councils/99999999/feed.atom")).andExpect(status().isNotFound());
    }
}
