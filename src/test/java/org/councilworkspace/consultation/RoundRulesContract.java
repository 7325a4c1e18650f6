package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Nothing final by one click: opening, closing early, reopening and publishing a round are refused at the wrong
 * moment or without a stated reason, and each repair is on the record. Run on H2 and on PostgreSQL.
 */
abstract class RoundRulesContract {

    @Autowired ConsultationWorld worlds;
    @Autowired RoundService rounds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired AuditService audit;
    @Autowired org.councilworkspace.notification.NotificationService notifications;
    @Autowired MutableClock clock;

    World w;
    long roundId;
    int address;

    @BeforeEach
    void setUp() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
        AsUser.signIn(w.secretariat());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void closing_before_the_deadline_without_a_reason_is_refused_and_changes_nothing() {
        OffsetDateTime deadline = rounds.round(roundId).closesAt();
        for (String none : new String[] {null, "", "   "}) {
            refused(() -> rounds.closeNow(roundId, none), "reason", "consultation.round.close-reason-required");
        }
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(rounds.round(roundId).closesAt()).isAtSameInstantAs(deadline);
        assertThat(rounds.history(roundId)).isEmpty();

        rounds.closeNow(roundId, "The plenary moved forward; we need the comments now.");
        ConsultationRound closed = rounds.round(roundId);
        assertThat(closed.status()).as("closed, and with no submissions nothing to answer").isEqualTo(RoundStatus.RESPONDED);
        assertThat(closed.closesAt()).isAtSameInstantAs(worlds.now());
        assertThat(rounds.history(roundId)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(RoundHistoryEntry.Kind.CLOSED_EARLY);
            assertThat(h.reason()).isEqualTo("The plenary moved forward; we need the comments now.");
            assertThat(h.previousClosesAt()).isAtSameInstantAs(deadline);
            assertThat(h.newClosesAt()).isAtSameInstantAs(worlds.now());
            assertThat(h.actorName()).isNotBlank();
        });
        assertThat(lastAudit("ROUND_CLOSED_EARLY").summary()).contains("we need the comments now");
    }

    @Test
    void a_round_past_its_deadline_closes_without_a_reason() {
        clock.advance(Duration.ofDays(31));
        rounds.closeNow(roundId, null);
        assertThat(rounds.round(roundId).status()).isIn(RoundStatus.CLOSED, RoundStatus.RESPONDED);
        assertThat(rounds.history(roundId)).as("not early: nothing to explain").isEmpty();
    }

    @Test
    void a_round_whose_closing_time_has_passed_cannot_be_opened() {
        long late = rounds.createRound(w.councilId(), new NewRound(w.versionId(), "Short round", null, RoundKind.PUBLIC,
                worlds.now().plusHours(1), worlds.now().plusHours(2), List.of()));
        clock.advance(Duration.ofHours(3));
        refused(() -> rounds.openNow(late), "closesAt", "consultation.round.closes-before-opening");
        assertThat(rounds.round(late).status()).isEqualTo(RoundStatus.DRAFT);
        refused(() -> rounds.openNow(roundId), "status", "consultation.round.not-draft");
    }

    @Test
    void results_are_not_published_while_the_round_is_open() {
        refused(() -> review.publish(roundId, true), "status", "consultation.publish.not-closed");
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void publishing_with_unanswered_submissions_needs_an_explicit_yes_which_the_audit_records() {
        AsUser.signOut();
        submit("Publish the charging map as open data.");
        submit("Add a target for rural chargers.");
        AsUser.signIn(w.secretariat());
        List<Submission> all = review.submissions(roundId, SubmissionFilter.ALL, 0, 10);
        review.respond(all.get(0).id(), Disposition.ADOPTED, "Added.", null);
        rounds.closeNow(roundId, "Enough comments for the second draft.");

        assertThatThrownBy(() -> review.publish(roundId, false)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("consultation.publish.unanswered");
            assertThat(e.args()).containsExactly(1);
        });
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.CLOSED);

        review.publish(roundId, true);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(lastAudit("RESULTS_PUBLISHED").summary()).contains("published with 1 unanswered submissions");
        AsUser.signOut();
        assertThat(publicSide.results(roundId).sections().stream().flatMap(s -> s.entries().stream()))
                .as("the unanswered comment is in the table, without an answer").hasSize(2)
                .anyMatch(e -> e.disposition() == null);
    }

    @Test
    void published_results_are_final() {
        AsUser.signOut();
        submit("One comment.");
        submit("Another comment.");
        AsUser.signIn(w.secretariat());
        List<Submission> all = review.submissions(roundId, SubmissionFilter.ALL, 0, 10);
        long groupId = review.group(roundId, "Both", java.util.Set.of(all.get(0).id(), all.get(1).id()));
        review.respondToGroup(groupId, Disposition.NOTED, "Noted.", null);
        rounds.closeNow(roundId, "Done early.");
        review.publish(roundId, false);
        Submission first = review.submission(all.get(0).id());
        String published = "consultation.round.published";
        refused(() -> review.respond(first.id(), Disposition.ADOPTED, "Changed my mind.", null), "status", published);
        refused(() -> review.respondToGroup(groupId, Disposition.ADOPTED, "Changed my mind.", null), "status", published);
        refused(() -> review.hide(first.id(), "Late moderation.", first.version()), "status", published);
        refused(() -> review.ungroup(roundId, java.util.Set.of(first.id())), "status", published);
        refused(() -> review.group(roundId, "Again", java.util.Set.of(all.get(0).id(), all.get(1).id())), "status", published);
        refused(() -> rounds.reopen(roundId, worlds.now().plusDays(5), "More comments."), "status", published);
        refused(() -> review.publish(roundId, true), "status", published);
        assertThat(review.groupResponse(groupId).orElseThrow().disposition()).isEqualTo(Disposition.NOTED);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.PUBLISHED);
    }

    @Test
    void a_closed_round_is_reopened_on_the_record_and_the_schedule_closes_it_at_the_new_deadline() {
        AsUser.signOut();
        submit("Received before the early close.");
        AsUser.signIn(w.secretariat());
        OffsetDateTime first = rounds.round(roundId).closesAt();
        refused(() -> rounds.reopen(roundId, worlds.now().plusDays(5), "Too early."), "status", "consultation.round.not-closed");
        rounds.closeNow(roundId, "Closed by mistake.");
        OffsetDateTime closedAt = worlds.now();
        clock.advance(Duration.ofHours(1));
        OffsetDateTime newDeadline = worlds.now().plusDays(5);
        refused(() -> rounds.reopen(roundId, newDeadline, " "), "reason", "validation.required");
        refused(() -> rounds.reopen(roundId, null, "Reason."), "closesAt", "validation.required");
        refused(() -> rounds.reopen(roundId, worlds.now(), "Reason."), "closesAt", "consultation.round.reopen-deadline-past");
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.CLOSED);

        String reason = "Closed by mistake <script>alert(1)</script>; five more days.";
        rounds.reopen(roundId, newDeadline, reason);
        ConsultationRound reopened = rounds.round(roundId);
        assertThat(reopened.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(reopened.closesAt()).isAtSameInstantAs(newDeadline);
        assertThat(rounds.history(roundId)).extracting(RoundHistoryEntry::kind)
                .containsExactly(RoundHistoryEntry.Kind.CLOSED_EARLY, RoundHistoryEntry.Kind.REOPENED);
        RoundHistoryEntry entry = rounds.history(roundId).get(1);
        assertThat(entry.previousClosesAt()).isAtSameInstantAs(closedAt);
        assertThat(entry.newClosesAt()).isAtSameInstantAs(newDeadline);
        assertThat(entry.reason()).isEqualTo(reason);
        assertThat(lastAudit("ROUND_REOPENED").summary()).contains(reason).contains(newDeadline.toString());
        assertThat(first).isAfter(closedAt);

        AsUser.signOut();
        assertThat(publicSide.publicHistory(roundId)).extracting(RoundHistoryEntry::reason)
                .containsExactly("Closed by mistake.", reason);
        assertThat(publicSide.publicHistory(roundId)).as("who acted stays inside the council")
                .allMatch(h -> h.actorName() == null);
        submit("Received after reopening.");
        AsUser.signIn(w.secretariat());
        assertThat(review.countSubmissions(roundId, SubmissionFilter.ALL)).as("earlier submissions stay").isEqualTo(2);

        clock.advance(Duration.ofDays(4));
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.OPEN);
        clock.advance(Duration.ofDays(1));
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(rounds.round(roundId).status()).as("closed at the new deadline").isEqualTo(RoundStatus.CLOSED);
        AsUser.signOut();
        assertThatThrownBy(() -> submit("Too late.")).isInstanceOf(org.councilworkspace.base.NotFoundException.class);
    }

    @Test
    void a_responded_round_can_be_reopened_and_its_new_comments_await_an_answer() {
        rounds.closeNow(roundId, "No comments came; closing to reconsider.");
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.RESPONDED);
        rounds.reopen(roundId, worlds.now().plusDays(2), "Extended after a request from the chamber of commerce.");
        AsUser.signOut();
        submit("A comment in the extra time.");
        AsUser.signIn(w.secretariat());
        clock.advance(Duration.ofDays(3));
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(review.progress(roundId).unanswered()).isEqualTo(1);
    }

    @Test
    void a_reopened_round_warns_the_secretariat_again_before_its_new_deadline() {
        long scheduled = rounds.createRound(w.councilId(), new NewRound(w.versionId(), "Short", null, RoundKind.PUBLIC,
                worlds.now(), worlds.now().plusDays(2), List.of()));
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(closingNotices()).as("opened, closing within three days").isEqualTo(1);
        clock.advance(Duration.ofDays(3));
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(rounds.round(scheduled).status()).isEqualTo(RoundStatus.RESPONDED);
        rounds.reopen(scheduled, worlds.now().plusDays(2), "Two more days for the provinces.");
        AsUser.asNobody(rounds::advanceSchedule);
        assertThat(closingNotices()).isEqualTo(2);
    }

    private long closingNotices() {
        return notifications.mine(0, 50).stream()
                .filter(n -> n.messageKey().equals("consultation.notification.closing")).count();
    }

    @Test
    void an_invited_round_reopened_takes_comments_through_links_still_valid_when_it_closed() {
        long invited = rounds.createRound(w.councilId(), new NewRound(w.versionId(), "Invited", null, RoundKind.INVITED,
                worlds.now(), worlds.now().plusDays(10), List.of()));
        String token = rounds.invite(invited, "Thai Battery Consortium", OrganizationType.INDUSTRY_ASSOCIATION,
                "tbc@example.org", null);
        rounds.openNow(invited);
        rounds.closeNow(invited, "Closed by mistake.");
        AsUser.signOut();
        assertThat(publicSide.invitedRound(token)).isEmpty();
        AsUser.run(w.secretariat(), () -> rounds.reopen(invited, worlds.now().plusDays(20), "Reopened."));
        assertThat(publicSide.invitedRound(token)).isPresent();
        assertThat(publicSide.invitedHistory(token)).extracting(RoundHistoryEntry::reason)
                .containsExactly("Closed by mistake.", "Reopened.");
        assertThat(publicSide.invitedHistory("not-a-token")).isEmpty();
        clock.advance(Duration.ofDays(15));
        assertThat(publicSide.invitedRound(token)).as("valid until the new deadline").isPresent();
    }

    @Test
    void only_those_who_run_rounds_may_close_reopen_publish_or_read_the_history() {
        for (TestUser refused : List.of(w.plan().lead(), w.plan().member(), w.plan().observer(), w.plan().outsider(),
                w.plan().admin())) {
            AsUser.run(refused, () -> {
                assertThatThrownBy(() -> rounds.closeNow(roundId, "Reason.")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rounds.reopen(roundId, worlds.now().plusDays(3), "Reason."))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rounds.history(roundId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.publish(roundId, true)).isInstanceOf(AccessDeniedException.class);
            });
        }
        rounds.closeNow(roundId, "Closed.");
        AsUser.run(w.plan().member(), () -> assertThatThrownBy(() -> rounds.reopen(roundId, worlds.now().plusDays(3),
                "Reason.")).isInstanceOf(AccessDeniedException.class));
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.RESPONDED);
        AsUser.run(w.viceChair(), () -> rounds.reopen(roundId, worlds.now().plusDays(3), "The vice-chair may."));
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.OPEN);
        AsUser.signOut();
        long draft = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Not yet", null, RoundKind.PUBLIC, worlds.now().plusDays(1), null, List.of())));
        assertThatThrownBy(() -> publicSide.publicHistory(draft)).as("a scheduled round reads as not there")
                .isInstanceOf(org.councilworkspace.base.NotFoundException.class);
    }

    private void submit(String text) {
        publicSide.submit(roundId, ConsultationWorld.comment("Ana Lim", text, null, true), "rules-" + (address++) + "-"
                + System.nanoTime());
    }

    private AuditEntry lastAudit(String action) {
        return audit.councilEvents(w.councilId(), 0, 100).stream().filter(e -> e.action().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry " + action));
    }

    static void refused(Executable call, String field, String key) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
