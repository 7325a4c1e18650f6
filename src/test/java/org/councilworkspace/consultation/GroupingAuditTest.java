package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Groups are not versioned: the audit is their history, so each entry says which submission moved where and who moved it. */
@ServiceTest
@Import(ConsultationWorld.class)
class GroupingAuditTest {

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired AuditService audit;

    World w;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void grouping_and_ungrouping_leave_an_audit_entry_naming_each_move_before_and_after() {
        w = worlds.create();
        long roundId = worlds.openPublicRound(w);
        for (String text : List.of("Extend the EV subsidy.", "Extend the EV subsidy to 2030.", "Keep the subsidy.")) {
            publicSide.submit(roundId, ConsultationWorld.comment("Person", text, null, false), "group-" + System.nanoTime());
        }
        AsUser.signIn(w.secretariat());
        List<Submission> s = review.submissions(roundId, SubmissionFilter.ALL, 0, 10).stream()
                .sorted(java.util.Comparator.comparing(Submission::receiptNo)).toList();
        long first = review.group(roundId, "Extend the subsidy", Set.of(s.get(0).id(), s.get(1).id()));
        long second = review.group(roundId, "Subsidy", Set.of(s.get(1).id(), s.get(2).id()));

        AuditEntry grouped = entries("SUBMISSIONS_GROUPED").get(0);
        assertThat(grouped.actorName()).isEqualTo(w.secretariat().username());
        assertThat(grouped.objectId()).isEqualTo(Long.toString(second));
        assertThat(grouped.summary())
                .contains("group " + first + " \"Extend the subsidy\"", "group " + second + " \"Subsidy\"")
                .contains(s.get(1).receiptNo() + " group " + first + " → group " + second)
                .contains(s.get(2).receiptNo() + " no group → group " + second)
                .doesNotContain(s.get(0).receiptNo());

        review.ungroup(roundId, Set.of(s.get(0).id(), s.get(2).id()));
        AuditEntry ungrouped = entries("SUBMISSIONS_UNGROUPED").get(0);
        assertThat(ungrouped.actorName()).isEqualTo(w.secretariat().username());
        assertThat(ungrouped.summary())
                .contains(s.get(0).receiptNo() + " group " + first + " → no group")
                .contains(s.get(2).receiptNo() + " group " + second + " → no group")
                .doesNotContain(s.get(1).receiptNo());

        int before = entries("SUBMISSIONS_UNGROUPED").size();
        RoundRulesContract.refused(() -> review.ungroup(roundId, Set.of(s.get(0).id())), "label",
                "consultation.group.none-grouped");
        assertThat(entries("SUBMISSIONS_UNGROUPED")).as("nothing changed, nothing recorded").hasSize(before);
    }

    private List<AuditEntry> entries(String action) {
        return audit.councilEvents(w.councilId(), 0, 100).stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
