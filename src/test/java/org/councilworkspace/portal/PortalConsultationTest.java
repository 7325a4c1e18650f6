package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.Receipt;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
@AutoConfigureMockMvc
class PortalConsultationTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> =SUM(A1)";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired PublicConsultation publicSide;
    @Autowired FormToken tokens;
    @Autowired Clock clock;

    @Test
    void results_appear_only_once_published_with_hostile_text_shown_as_text_and_no_email_in_the_csv() throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = worlds.create();
        long round = worlds.openPublicRound(w);
        Receipt receipt = publicSide.submit(round, ConsultationWorld.comment("Ana " + HOSTILE, "Please " + HOSTILE,
                w.targets(), false), "198.51.100.1");
        mvc.perform(get("/public/en/consultations/" + round + "/results")).andExpect(status().isNotFound());
        AsUser.run(w.secretariat(), () -> {
            rounds.closeNow(round, "Enough comments.");
            Submission s = review.submissions(round, SubmissionFilter.ALL, 0, 1).get(0);
            review.respond(s.id(), Disposition.NOTED, "Answer to " + HOSTILE, null);
            review.publish(round, false);
        });
        String page = mvc.perform(get("/public/th/consultations/" + round + "/results")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Please &lt;img src=x onerror=alert(1)&gt;", "Answer to &lt;img")
                .doesNotContain("<img src=x", "Ana &lt;img", "person@example.org");
        String csv = mvc.perform(get("/public/en/consultations/" + round + "/results.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Please <img src=x onerror=alert(1)> =SUM(A1)").doesNotContain("person@example.org", "Ana ");
        assertThat(receipt.receiptNo()).isNotBlank();
    }

    @Test
    void a_flood_from_one_address_is_throttled_with_a_clear_message_and_nothing_stored() throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = worlds.create();
        long round = worlds.openPublicRound(w);
        for (int i = 0; i < 10; i++) {
            publicSide.submit(round, ConsultationWorld.comment("Comment number " + i), "203.0.113.9");
        }
        String page = mvc.perform(post("/public/en/consultations/" + round).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .with(r -> {
                            r.setRemoteAddr("203.0.113.9");
                            return r;
                        })
                        .param("token", tokens.issue("round:" + round)).param("name", "Somsri")
                        .param("organizationType", "INDIVIDUAL").param("email", "s@example.org").param("text", "One more"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many comments from your network").doesNotContain("receipt-number");
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(round, SubmissionFilter.ALL))).isEqualTo(10);
    }

    @Test
    void the_former_consultation_addresses_lead_to_the_portal_in_the_browsers_language() throws Exception {
        mvc.perform(get("/consult").header("Accept-Language", "th"))
                .andExpect(status().isFound())
                .andExpect(r -> assertThat(r.getResponse().getHeader("Location")).isEqualTo("/public/th/consultations"));
        mvc.perform(get("/consult/12/results"))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Location")).isEqualTo("/public/en/consultations/12/results"));
        mvc.perform(get("/consult/invited/abc_DEF-1").header("Accept-Language", "ja"))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Location"))
                        .isEqualTo("/public/ja/consultations/invited/abc_DEF-1"));
    }
}
