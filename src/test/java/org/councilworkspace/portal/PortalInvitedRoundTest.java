package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The invited organization's flow, now served only by the portal: its page, its comment, the letter's old link. */
@ServiceTest
@AutoConfigureMockMvc
class PortalInvitedRoundTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired FormToken tokens;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void an_invited_organization_comments_through_its_link_under_its_own_name_and_a_wrong_link_finds_nothing()
            throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = worlds.create();
        long round = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Invited round", null, RoundKind.INVITED, worlds.now().minusMinutes(1), worlds.now().plusDays(9),
                List.of())));
        AsUser.run(w.secretariat(), () -> rounds.openNow(round));
        String token = AsUser.call(w.secretariat(), () -> rounds.invite(round, "Thai Battery Consortium",
                OrganizationType.INDUSTRY_ASSOCIATION, "tbc@example.org", worlds.now().plusDays(9)));

        mvc.perform(get("/consult/invited/" + token).header("Accept-Language", "th"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/public/th/consultations/invited/" + token));
        String page = mvc.perform(get("/public/th/consultations/invited/" + token)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thai Battery Consortium", "id=\"invited-as\"")
                .as("no mail server here: no box for a copy that could not be sent").doesNotContain("id=\"copy\"");
        mvc.perform(get("/public/en/consultations/" + round)).andExpect(status().isNotFound());

        String receipt = mvc.perform(post("/public/en/consultations/invited/" + token)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", tokens.issue("invited:" + token)).param("name", "Kanya Srisuk")
                        .param("organizationName", "Someone Else Ltd").param("email", "kanya@example.org")
                        .param("text", "Battery recycling needs its own section.").param("copy", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains("Battery recycling needs its own section.")
                .as("no mail server here: it says no copy went, and the comment is stored all the same")
                .contains("This site does not send e-mail, so no copy was sent");
        Submission stored = AsUser.call(w.secretariat(), () -> review.submissions(round, SubmissionFilter.ALL, 0, 5))
                .get(0);
        assertThat(stored.organizationName()).as("the invitation's organization, not what was typed")
                .isEqualTo("Thai Battery Consortium");
        assertThat(stored.organizationType()).isEqualTo(OrganizationType.INDUSTRY_ASSOCIATION);
        assertThat(stored.text()).isEqualTo("Battery recycling needs its own section.");

        mvc.perform(get("/public/en/consultations/invited/" + token + "x")).andExpect(status().isNotFound());
        mvc.perform(post("/public/en/consultations/invited/" + token + "x")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", tokens.issue("invited:" + token + "x")).param("name", "Nobody")
                        .param("email", "n@example.org").param("text", "Hello"))
                .andExpect(status().isNotFound());
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(round, SubmissionFilter.ALL))).isEqualTo(1);
    }
}
