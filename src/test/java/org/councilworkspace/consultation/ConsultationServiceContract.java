package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A round's whole path, the public rules and the permission rules, run on H2 and on PostgreSQL. */
abstract class ConsultationServiceContract {

    @Autowired ConsultationWorld worlds;
    @Autowired RoundService rounds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired ConsultationStatistics statistics;
    @Autowired ConsultationExports exports;
    @Autowired NotificationService notifications;
    @Autowired VersionService versions;
    @Autowired PlanFixtures planFixtures;
    @Autowired MutableClock clock;

    World w;
    int address;

    @BeforeEach
    void setUp() {
        w = worlds.create();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    String nextAddress() {
        return "10.0." + (address / 250) + "." + (address++ % 250) + "-" + System.nanoTime();
    }

    @Test
    void a_round_goes_from_public_comment_to_a_published_comment_response_table() {
        long roundId = worlds.openPublicRound(w);
        assertThat(publicSide.openRounds()).extracting(ConsultationRound::id).contains(roundId);
        assertThat(publicSide.publicRound(roundId).sections()).extracting(RoundSection::title)
                .containsExactly("Vision", "Targets");

        Receipt first = publicSide.submit(roundId, ConsultationWorld.comment("Ana Lim",
                "Add a target for battery recycling.", w.targets(), true), nextAddress());
        publicSide.submit(roundId, ConsultationWorld.comment("Kenji Mori", "Say more about hydrogen.", w.vision(), false),
                nextAddress());
        publicSide.submit(roundId, ConsultationWorld.comment("Spam Bot", "Buy cheap watches here.", null, true), nextAddress());
        assertThat(first.receiptNo()).startsWith("C" + roundId + "-");

        AsUser.signIn(w.secretariat());
        assertThat(review.countSubmissions(roundId, SubmissionFilter.ALL)).isEqualTo(3);
        assertThat(review.submissions(roundId, new SubmissionFilter(w.targets(), null, null, null, null), 0, 50))
                .extracting(Submission::submitterName).containsExactly("Ana Lim");
        assertThat(review.submissions(roundId, new SubmissionFilter(null, null, null, null, "HYDROGEN"), 0, 50))
                .extracting(Submission::submitterName).containsExactly("Kenji Mori");
        Submission spam = review.submissions(roundId, new SubmissionFilter(null, null, null, null, "watches"), 0, 1).get(0);
        review.hide(spam.id(), "Advertising, not a comment on the plan.", spam.version());
        assertThat(review.submission(spam.id()).status()).isEqualTo(SubmissionStatus.HIDDEN);
        assertThat(review.countSubmissions(roundId, SubmissionFilter.ALL)).as("hidden, never deleted").isEqualTo(3);

        rounds.closeNow(roundId, "Enough comments to revise the draft.");
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.CLOSED);
        assertThatThrownBy(() -> review.publish(roundId, false)).isInstanceOf(InvalidInputException.class);

        AsUser.signOut();
        planFixtures.write(w.plan().lead(), w.targets(), "30% zero-emission vehicles by 2031 and 90% battery recycling.");
        AsUser.signIn(w.secretariat());
        long newVersion = versions.freeze(w.plan().planId(), false, "v0.2 final draft", null);
        Submission ana = review.submissions(roundId, new SubmissionFilter(null, null, null, null, "recycling"), 0, 1).get(0);
        RevisionOption change = review.revisionOptions(roundId, w.targets()).get(0);
        review.respond(ana.id(), Disposition.ADOPTED, "Added a recycling target.", change.id());
        assertThat(review.progress(roundId)).isEqualTo(new RoundProgress(2, 1, 1));
        Submission kenji = review.submissions(roundId, new SubmissionFilter(null, null, null, false, null), 0, 5).get(0);
        review.respond(kenji.id(), Disposition.NOTED, "Hydrogen is covered by the energy plan.", null);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.RESPONDED);
        AsUser.signOut();
        assertThatThrownBy(() -> publicSide.results(roundId)).as("not before publication").isInstanceOf(NotFoundException.class);

        AsUser.run(w.secretariat(), () -> review.publish(roundId, false));
        PublishedResults results = publicSide.results(roundId);
        assertThat(results.finalVersionLabel()).isEqualTo("v0.2 final draft");
        assertThat(results.sections()).extracting(PublishedResults.Section::title).containsExactly("1 Vision", "2 Targets");
        PublishedResults.Entry adopted = results.sections().get(1).entries().get(0);
        assertThat(adopted.publishedName()).isEqualTo("Ana Lim");
        assertThat(adopted.disposition()).isEqualTo(Disposition.ADOPTED);
        assertThat(adopted.changeHtml()).contains("<ins class=\"cw-ins\">").contains("recycling");
        PublishedResults.Entry noted = results.sections().get(0).entries().get(0);
        assertThat(noted.publishedName()).as("no consent, no name").isNull();
        assertThat(noted.organizationType()).isEqualTo(OrganizationType.INDIVIDUAL);
        assertThat(results.sections().stream().flatMap(s -> s.entries().stream()).map(PublishedResults.Entry::opinion))
                .as("hidden submissions stay out").doesNotContain("Buy cheap watches here.");
        assertThat(results.textChanges()).extracting(PublishedResults.TextChange::title).containsExactly("2 Targets");
        assertThat(newVersion).isPositive();
        assertThat(publicSide.publishedRounds()).extracting(ConsultationRound::id).contains(roundId);
    }

    @Test
    void groups_are_answered_as_one_and_published_as_a_summary() {
        long roundId = worlds.openPublicRound(w);
        for (String text : List.of("Extend the EV tax incentive to 2030.", "Please extend the EV tax incentive until 2030!",
                "Fund technician training.")) {
            publicSide.submit(roundId, ConsultationWorld.comment("Person", text, w.vision(), false), nextAddress());
        }
        AsUser.signIn(w.secretariat());
        List<SuggestedGroup> suggestions = review.suggestGroups(roundId);
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).submissionIds()).hasSize(2);
        long groupId = review.group(roundId, "Extend the EV tax incentive", Set.copyOf(suggestions.get(0).submissionIds()));
        review.respondToGroup(groupId, Disposition.PARTIALLY_ADOPTED, "Extended to 2029.", null);
        assertThat(review.progress(roundId).answered()).isEqualTo(2);
        Submission training = review.submissions(roundId, new SubmissionFilter(null, null, null, false, null), 0, 5).get(0);
        review.respond(training.id(), Disposition.ADOPTED, "Added to the skills section.", null);
        rounds.closeNow(roundId, "Every comment is answered.");
        review.publish(roundId, false);
        AsUser.signOut();
        List<PublishedResults.Entry> entries = publicSide.results(roundId).sections().get(0).entries();
        assertThat(entries).hasSize(2);
        assertThat(entries).filteredOn(PublishedResults.Entry::summary).singleElement()
                .satisfies(e -> {
                    assertThat(e.opinion()).isEqualTo("Extend the EV tax incentive");
                    assertThat(e.comments()).isEqualTo(2);
                    assertThat(e.disposition()).isEqualTo(Disposition.PARTIALLY_ADOPTED);
                });
    }

    @Test
    void the_schedule_opens_and_closes_rounds_and_warns_the_secretariat_once() {
        long roundId = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Scheduled", null, RoundKind.PUBLIC, worlds.now().plusHours(1), worlds.now().plusDays(5), List.of())));
        rounds.advanceSchedule();
        assertThat(AsUser.call(w.secretariat(), () -> rounds.round(roundId)).status()).isEqualTo(RoundStatus.DRAFT);
        assertThatThrownBy(() -> publicSide.publicRound(roundId)).isInstanceOf(NotFoundException.class);
        clock.advance(Duration.ofHours(2));
        rounds.advanceSchedule();
        assertThat(AsUser.call(w.secretariat(), () -> rounds.round(roundId)).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(notices(w.secretariat())).isZero();
        clock.advance(Duration.ofDays(2));
        rounds.advanceSchedule();
        rounds.advanceSchedule();
        assertThat(notices(w.secretariat())).as("closing within three days, said once").isEqualTo(1);
        assertThat(notices(w.plan().member())).isZero();
        clock.advance(Duration.ofDays(3));
        rounds.advanceSchedule();
        assertThat(AsUser.call(w.secretariat(), () -> rounds.round(roundId)).status())
                .as("no submissions: nothing to answer").isEqualTo(RoundStatus.RESPONDED);
        assertThatThrownBy(() -> publicSide.submit(roundId, ConsultationWorld.comment("Late"), nextAddress()))
                .isInstanceOf(NotFoundException.class);
    }

    private long notices(TestUser user) {
        return AsUser.call(user, () -> notifications.mine(0, 50)).stream()
                .filter(n -> n.messageKey().equals("consultation.notification.closing")).count();
    }

    @Test
    void an_invited_organization_comments_through_its_own_link_until_it_expires() {
        long roundId = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Invited", null, RoundKind.INVITED, worlds.now(), worlds.now().plusDays(10), List.of(w.targets()))));
        String token = AsUser.call(w.secretariat(), () -> rounds.invite(roundId, "Japan Automobile Manufacturers",
                OrganizationType.INDUSTRY_ASSOCIATION, "jama@example.org", worlds.now().plusDays(3)));
        AsUser.run(w.secretariat(), () -> rounds.openNow(roundId));
        assertThatThrownBy(() -> publicSide.publicRound(roundId)).as("not a public round").isInstanceOf(NotFoundException.class);
        assertThat(publicSide.openRounds()).extracting(ConsultationRound::id).doesNotContain(roundId);
        var open = publicSide.invitedRound(token).orElseThrow();
        assertThat(open.sections()).extracting(RoundSection::title).containsExactly("Targets");
        NewSubmission input = new NewSubmission("Taro Sato", "Anything", OrganizationType.INDIVIDUAL, "taro@example.org",
                w.targets(), "Consider hybrid vehicles.", true, null, null, null);
        publicSide.submitInvited(token, input, nextAddress());
        Submission stored = AsUser.call(w.secretariat(), () -> review.submissions(roundId, SubmissionFilter.ALL, 0, 5)).get(0);
        assertThat(stored.organizationName()).as("taken from the invitation").isEqualTo("Japan Automobile Manufacturers");
        assertThat(stored.organizationType()).isEqualTo(OrganizationType.INDUSTRY_ASSOCIATION);
        assertThat(publicSide.invitedRound("not-a-token")).isEmpty();
        clock.advance(Duration.ofDays(4));
        assertThat(publicSide.invitedRound(token)).isEmpty();
        assertThatThrownBy(() -> publicSide.submitInvited(token, input, nextAddress())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_stored() {
        long roundId = worlds.openPublicRound(w);
        NewSubmission ok = ConsultationWorld.comment("A fine comment.");
        record Case(NewSubmission input, String field, String key) {
        }
        List<Case> cases = List.of(
                new Case(new NewSubmission(" ", null, OrganizationType.FIRM, "a@example.org", null, "x", true, null, null, null), "name", "validation.required"),
                new Case(new NewSubmission("A", null, null, "a@example.org", null, "x", true, null, null, null), "organizationType", "validation.required"),
                new Case(new NewSubmission("A", null, OrganizationType.FIRM, "not an address", null, "x", true, null, null, null), "email", "validation.email"),
                new Case(new NewSubmission("A", null, OrganizationType.FIRM, "a@example.org", null, "", true, null, null, null), "text", "validation.required"),
                new Case(new NewSubmission("A", null, OrganizationType.FIRM, "a@example.org", null, "x".repeat(20_001), true, null, null, null), "text", "validation.too-long"),
                new Case(new NewSubmission("A", null, OrganizationType.FIRM, "a@example.org", 999_999L, "x", true, null, null, null), "section", "consultation.submit.section-not-consulted"),
                new Case(new NewSubmission("A", null, OrganizationType.FIRM, "a@example.org", null, "x", true, "http://spam", null, null), "form", "consultation.submit.refused"));
        for (Case c : cases) {
            assertThatThrownBy(() -> publicSide.submit(roundId, c.input(), nextAddress())).as(c.key())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.messageKey()).isEqualTo(c.key());
                    });
        }
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(roundId, SubmissionFilter.ALL))).isZero();
        publicSide.submit(roundId, ok, nextAddress());
        assertThatThrownBy(() -> publicSide.submit(roundId, ConsultationWorld.comment("  a FINE   comment. "), nextAddress()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.submit.duplicate"));
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(roundId, SubmissionFilter.ALL))).isEqualTo(1);
    }

    @Test
    void one_address_may_send_ten_comments_an_hour() {
        long roundId = worlds.openPublicRound(w);
        String from = nextAddress();
        for (int i = 0; i < 10; i++) {
            publicSide.submit(roundId, ConsultationWorld.comment("Comment number " + i), from);
        }
        assertThatThrownBy(() -> publicSide.submit(roundId, ConsultationWorld.comment("Comment number 10"), from))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.submit.rate-limited"));
        publicSide.submit(roundId, ConsultationWorld.comment("From elsewhere"), nextAddress());
        clock.advance(Duration.ofMinutes(61));
        publicSide.submit(roundId, ConsultationWorld.comment("Comment number 10"), from);
        assertThat(AsUser.call(w.secretariat(), () -> review.countSubmissions(roundId, SubmissionFilter.ALL))).isEqualTo(12);
    }

    @Test
    void only_the_chair_vice_chair_and_secretariat_run_rounds() {
        long roundId = worlds.openPublicRound(w);
        publicSide.submit(roundId, ConsultationWorld.comment("Something to review."), nextAddress());
        long submissionId = AsUser.call(w.secretariat(), () -> review.submissions(roundId, SubmissionFilter.ALL, 0, 1)).get(0).id();
        NewRound input = new NewRound(w.versionId(), "Another", null, RoundKind.PUBLIC, worlds.now(), null, List.of());
        for (TestUser allowed : List.of(w.plan().chair(), w.viceChair(), w.secretariat())) {
            AsUser.run(allowed, () -> {
                assertThat(rounds.rounds(w.councilId())).isNotEmpty();
                assertThat(review.submissions(roundId, SubmissionFilter.ALL, 0, 10)).hasSize(1);
                assertThat(rounds.createRound(w.councilId(), input)).isPositive();
            });
        }
        for (TestUser refused : List.of(w.plan().lead(), w.plan().member(), w.plan().observer(), w.plan().outsider(),
                w.plan().admin())) {
            AsUser.run(refused, () -> {
                assertThatThrownBy(() -> rounds.rounds(w.councilId())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rounds.round(roundId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rounds.createRound(w.councilId(), input)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rounds.closeNow(roundId, "no")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.submissions(roundId, SubmissionFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.submission(submissionId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.hide(submissionId, "no", 0)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.respond(submissionId, Disposition.NOTED, "no", null)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> review.publish(roundId, true)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> statistics.statistics(roundId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> exports.writeCsv(roundId, java.io.OutputStream.nullOutputStream())).isInstanceOf(AccessDeniedException.class);
            });
        }
        // Nobody signed in: the public side works, the council side does not.
        assertThatThrownBy(() -> review.submissions(roundId, SubmissionFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.round(roundId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.publishedStatistics(roundId)).as("not published yet").isInstanceOf(NotFoundException.class);
        assertThat(AsUser.call(w.secretariat(), () -> review.submission(submissionId)).status()).isEqualTo(SubmissionStatus.VISIBLE);
    }

    @Test
    void a_draft_round_shows_no_text_to_the_public() {
        long roundId = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(w.versionId(),
                "Not yet", null, RoundKind.PUBLIC, worlds.now().plusDays(1), null, List.of())));
        assertThatThrownBy(() -> publicSide.publicRound(roundId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publicSide.results(roundId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publicSide.submit(roundId, ConsultationWorld.comment("Early"), nextAddress()))
                .isInstanceOf(NotFoundException.class);
        assertThat(AsUser.call(w.secretariat(), () -> rounds.round(roundId)).closesAt())
                .as("public rounds default to 30 days").isEqualTo(worlds.now().plusDays(31));
    }
}
