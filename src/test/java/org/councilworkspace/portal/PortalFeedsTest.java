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
