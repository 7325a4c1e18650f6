package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

abstract class PortalConsensusRecordContract {

    private static final String OBJECTION = "Too ambitious for <b>small</b> suppliers.";
    private static final String SUMMARY = "Agreed; the objection of the suppliers is recorded.";

    @Autowired MockMvc mvc;
    @Autowired PlanFixtures planFixtures;
    @Autowired ConsensusService consensus;
    @Autowired ChairService chair;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private record Declared(PlanWorld world, long section, long version) {
    }

    /** A section declared agreed over one member's objection, then frozen and published. */
    private Declared declaredAndPublished() {
        PlanWorld w = planFixtures.world();
        long targets = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), targets, "30% by 2031.");
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), targets, Stance.OBJECT, OBJECTION));
        AsUser.call(w.chair(), () -> consensus.recordPosition(w.planId(), targets, Stance.AGREE, null));
        AsUser.call(w.lead(), () -> consensus.recordPosition(w.planId(), targets, Stance.AGREE, null));
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), targets, SUMMARY, true));
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.3 public", null));
        AsUser.run(w.secretariat(), () -> published.publish(version));
        return new Declared(w, targets, version);
    }

    private String page(long version) throws Exception {
        return mvc.perform(get("/public/en/versions/" + version)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void a_published_version_shows_the_declarations_and_minority_opinions_that_stood_when_it_was_published()
            throws Exception {
        Declared d = declaredAndPublished();
        String page = page(d.version());
        assertThat(page).contains(SUMMARY, "over open objections", "Objection",
                "Too ambitious for &lt;b&gt;small&lt;/b&gt; suppliers.", "href=\"#s" + d.section() + "\"")
                .doesNotContain("<b>small</b>", "published before the portal kept");
    }

    @Test
    void reopening_the_declaration_and_withdrawing_the_opinion_in_the_council_leave_the_published_page_as_it_was()
            throws Exception {
        Declared d = declaredAndPublished();
        String before = page(d.version());
        PlanWorld w = d.world();
        AsUser.run(w.chair(), () -> chair.reopen(w.planId(), d.section(), "New evidence on costs."));
        long opinion = AsUser.call(w.chair(), () -> chair.annex(w.planId())).get(0).id();
        AsUser.run(w.chair(), () -> chair.withdrawMinorityOpinion(opinion));
        assertThat(AsUser.call(w.chair(), () -> chair.annex(w.planId()))).as("gone inside the council").isEmpty();
        assertThat(page(d.version())).isEqualTo(before).contains(SUMMARY, "Too ambitious for");
    }

    @Test
    void the_portals_pdf_and_markdown_of_a_published_version_carry_the_kept_record() throws Exception {
        Declared d = declaredAndPublished();
        byte[] pdf = mvc.perform(get("/public/en/versions/" + d.version() + ".pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(SUMMARY, "Too ambitious for <b>small</b> suppliers.", "Objection");
        String markdown = mvc.perform(get("/public/en/versions/" + d.version() + ".md")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(markdown).contains("Too ambitious for");
    }

    @Test
    void a_version_published_before_the_record_was_kept_says_so_and_shows_no_record_as_if_it_were_its_own()
            throws Exception {
        Declared d = declaredAndPublished();
        // As a version published before V016 stands in the database: the flag false, nothing copied.
        db.update(PLAN_VERSION).set(PLAN_VERSION.CONSENSUS_KEPT, false).where(PLAN_VERSION.ID.eq(d.version())).execute();
        db.execute("delete from published_declaration where version_id = " + d.version());
        db.execute("delete from published_minority_opinion where version_id = " + d.version());
        String page = page(d.version());
        assertThat(page).contains("published before the portal kept").doesNotContain(SUMMARY, "Too ambitious for");
    }

    @Test
    void a_version_published_with_no_declaration_says_none_stood_then() throws Exception {
        PlanWorld w = planFixtures.world();
        long vision = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), vision, "A regional hub.");
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        AsUser.run(w.secretariat(), () -> published.publish(version));
        assertThat(page(version)).contains("the chair had declared consensus on none", "no minority opinion was recorded");
    }
}
