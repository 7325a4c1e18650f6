package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Outline changes that are not versioned (state, moves, archiving, lead drafters) each leave a named audit entry that
 * says what it was before and after; lead drafters who are removed stay on record.
 */
abstract class OutlineAuditContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired OutlineService outline;
    @Autowired AuditService audit;

    PlanWorld w;
    long vision;
    long situation;
    long exports;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        situation = planFixtures.section(w, null, "Current situation");
        planFixtures.section(w, situation, "Production");
        exports = planFixtures.section(w, situation, "Exports");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_state_change_names_the_section_and_the_state_before_and_after() {
        AsUser.run(w.chair(), () -> outline.setState(vision, SectionState.IN_REVIEW));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SECTION_STATE_CHANGED");
            assertThat(e.objectId()).isEqualTo(Long.toString(vision));
            assertThat(e.actorName()).isEqualTo(w.chair().username());
            assertThat(e.summary()).isEqualTo("1 Vision: DRAFT → IN_REVIEW");
        });
        long before = count();
        AsUser.run(w.chair(), () -> outline.setState(vision, SectionState.IN_REVIEW));
        assertThat(count()).as("setting the state it already has changes nothing").isEqualTo(before);
    }

    @Test
    void a_move_records_the_number_before_and_after() {
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.UP));
        assertThat(last().summary()).isEqualTo("Exports: 2.2 → 2.1 (UP)");
        AsUser.run(w.secretariat(), () -> outline.move(exports, OutlineMove.OUTDENT));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SECTION_MOVED");
            assertThat(e.summary()).isEqualTo("Exports: 2.1 → 3 (OUTDENT)");
        });
    }

    @Test
    void archiving_and_restoring_record_where_the_section_was_and_is() {
        AsUser.run(w.secretariat(), () -> outline.archive(situation));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SECTION_ARCHIVED");
            assertThat(e.summary()).isEqualTo("Current situation: 2 → archived");
        });
        AsUser.run(w.secretariat(), () -> outline.restore(situation));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SECTION_RESTORED");
            assertThat(e.summary()).isEqualTo("Current situation: archived → 2");
        });
    }

    @Test
    void adding_and_removing_lead_drafters_records_who_before_and_after() {
        String lead = name(w.lead());
        String member = name(w.member());
        AsUser.run(w.secretariat(), () -> outline.setLeads(vision, List.of(w.lead().id(), w.member().id())));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SECTION_LEADS_CHANGED");
            assertThat(e.summary()).isEqualTo("1 Vision: " + lead + " → " + sorted(lead, member) + "; added " + member);
        });
        AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.member().id())));
        assertThat(last().summary()).isEqualTo("1 Vision: " + sorted(lead, member) + " → " + member + "; removed " + lead);
    }

    @Test
    void a_removed_lead_drafter_stays_on_record_with_who_removed_them_and_no_longer_leads() {
        AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.member().id())));
        List<LeadTerm> history = AsUser.call(w.observer(), () -> outline.leadHistory(vision));
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).satisfies(t -> {
            assertThat(t.userId()).isEqualTo(w.lead().id());
            assertThat(t.addedBy()).isEqualTo(name(w.secretariat()));
            assertThat(t.addedAt()).isNotNull();
            assertThat(t.endedBy()).isEqualTo(name(w.chair()));
            assertThat(t.current()).isFalse();
        });
        assertThat(history.get(1)).satisfies(t -> {
            assertThat(t.userId()).isEqualTo(w.member().id());
            assertThat(t.addedBy()).isEqualTo(name(w.chair()));
            assertThat(t.current()).isTrue();
        });
        assertThat(AsUser.call(w.member(), () -> outline.outline(w.planId(), false)).get(0).leads())
                .extracting(Lead::userId).containsExactly(w.member().id());
        AsUser.run(w.chair(), () -> outline.setLeads(vision, List.of(w.member().id(), w.lead().id())));
        assertThat(AsUser.call(w.member(), () -> outline.leadHistory(vision))).as("named again: a new row")
                .hasSize(3).filteredOn(LeadTerm::current).extracting(LeadTerm::userId)
                .containsExactlyInAnyOrder(w.member().id(), w.lead().id());
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> outline.leadHistory(vision)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AuditEntry last() {
        return AsUser.call(w.secretariat(), () -> audit.councilEvents(w.councilId(), 0, 1)).get(0);
    }

    private long count() {
        return AsUser.call(w.secretariat(), () -> audit.countCouncilEvents(w.councilId()));
    }

    private static String name(TestUser user) {
        return "Test " + user.username();
    }

    private static String sorted(String a, String b) {
        return a.compareTo(b) < 0 ? a + ", " + b : b + ", " + a;
    }
}
