package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
@Import(ConsultationWorld.class)
class AnswerServiceTest {

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired AnswerService answers;
    @Autowired RoundService rounds;
    @Autowired CouncilService councils;

    World w;
    long roundId;
    List<Long> ids;

    @BeforeEach
    void round() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
        ids = new java.util.ArrayList<>();
        String[] texts = {"Add a target for battery recycling.", "Say more about hydrogen.",
            "Please add battery recycling targets.", "Training for mechanics is missing.", "Recycle batteries!"};
        for (int i = 0; i < texts.length; i++) {
            publicSide.submit(roundId, ConsultationWorld.comment("Person " + i, texts[i],
                    i % 2 == 0 ? w.targets() : w.vision(), true), "answers-" + i + "-" + System.nanoTime());
        }
        AsUser.signIn(w.secretariat());
        review.submissions(roundId, SubmissionFilter.ALL, 0, 10).forEach(s -> ids.add(s.id()));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void templates_come_built_in_in_the_council_language_until_the_secretariat_words_its_own() {
        List<AnswerTemplate> built = answers.templates(w.councilId());
        assertThat(built).extracting(AnswerTemplate::disposition).containsExactly(Disposition.values());
        assertThat(built).allMatch(AnswerTemplate::builtIn);
        assertThat(built.get(0).text()).startsWith("Thank you for your comment.");

        answers.saveTemplate(w.councilId(), Disposition.NOTED, "We note your comment for the next cycle.", null);
        AnswerTemplate noted = answers.template(w.councilId(), Disposition.NOTED);
        assertThat(noted.text()).isEqualTo("We note your comment for the next cycle.");
        assertThat(noted.builtIn()).isFalse();
        assertThatThrownBy(() -> answers.saveTemplate(w.councilId(), Disposition.NOTED, "Lost update", null))
                .as("someone saved it first").isInstanceOf(ConcurrentChangeException.class);
        answers.saveTemplate(w.councilId(), Disposition.NOTED, "Noted, with thanks.", noted.version());
        assertThatThrownBy(() -> answers.saveTemplate(w.councilId(), Disposition.NOTED, "Stale", noted.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> answers.saveTemplate(w.councilId(), Disposition.ADOPTED, "  ", null))
                .isInstanceOf(InvalidInputException.class);

        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        AsUser.signIn(w.secretariat());
        assertThat(answers.template(w.councilId(), Disposition.ADOPTED).text()).startsWith("ขอขอบคุณ");
        assertThat(answers.template(w.councilId(), Disposition.NOTED).text()).as("the council's own wording stays")
                .isEqualTo("Noted, with thanks.");
    }

    @Test
    void next_unanswered_goes_on_in_grid_order_within_the_filter_and_wraps_round() {
        assertThat(answers.nextUnanswered(roundId, SubmissionFilter.ALL, null)).get()
                .extracting(Submission::id).isEqualTo(ids.get(0));
        review.respond(ids.get(1), Disposition.NOTED, "Covered by the energy plan.", null);
        assertThat(answers.nextUnanswered(roundId, SubmissionFilter.ALL, ids.get(0))).get()
                .extracting(Submission::id).as("the answered one is skipped").isEqualTo(ids.get(2));
        SubmissionFilter vision = new SubmissionFilter(w.vision(), null, null, null, null);
        assertThat(answers.nextUnanswered(roundId, vision, ids.get(3))).as("only the current one is left")
                .isEmpty();
        SubmissionFilter targets = new SubmissionFilter(w.targets(), null, null, null, null);
        assertThat(answers.nextUnanswered(roundId, targets, ids.get(4))).get()
                .extracting(Submission::id).as("wraps round to the first of the section").isEqualTo(ids.get(0));
        Submission hidden = review.submission(ids.get(2));
        review.hide(hidden.id(), "Duplicate of another comment.", hidden.version());
        assertThat(answers.nextUnanswered(roundId, targets, ids.get(0))).get()
                .extracting(Submission::id).as("hidden ones need no answer").isEqualTo(ids.get(4));
    }

    @Test
    void one_answer_for_selected_submissions_groups_them_and_applies_to_each() {
        review.respond(ids.get(2), Disposition.NOTED, "An earlier answer of its own.", null);
        Set<Long> recycling = new LinkedHashSet<>(List.of(ids.get(0), ids.get(2), ids.get(4)));
        answers.answerTogether(roundId, recycling, "Add a recycling target", Disposition.ADOPTED,
                "A recycling target is added.", null);
        for (long id : recycling) {
            Submission s = review.submission(id);
            assertThat(s.disposition()).as("the shared answer is in force for " + s.receiptNo())
                    .isEqualTo(Disposition.ADOPTED);
            assertThat(s.groupLabel()).isEqualTo("Add a recycling target");
        }
        assertThat(review.response(ids.get(2))).as("its own answer is superseded, not deleted").isEmpty();
        assertThat(review.groups(roundId)).singleElement().satisfies(g -> {
            assertThat(g.members()).isEqualTo(3);
            assertThat(g.disposition()).isEqualTo(Disposition.ADOPTED);
        });
        assertThat(review.countSubmissions(roundId, new SubmissionFilter(null, null, null, null, null,
                Disposition.ADOPTED, null))).isEqualTo(3);

        answers.answerTogether(roundId, recycling, "ignored: already one group", Disposition.PARTIALLY_ADOPTED,
                "Partly: the target is lower than asked.", null);
        assertThat(review.groups(roundId)).as("the same whole group is answered again, not regrouped").hasSize(1);
        assertThat(review.submission(ids.get(4)).disposition()).isEqualTo(Disposition.PARTIALLY_ADOPTED);
        assertThat(review.progress(roundId).answered()).isEqualTo(3);

        assertThatThrownBy(() -> answers.answerTogether(roundId, Set.of(ids.get(1), ids.get(3)), "Two", null,
                "no disposition", null)).isInstanceOf(InvalidInputException.class);
        assertThat(review.groups(roundId)).as("a refused answer leaves no group behind").hasSize(1);
    }

    @Test
    void answers_to_a_published_round_stay_final() {
        for (long id : ids) {
            review.respond(id, Disposition.NOTED, "Thank you.", null);
        }
        rounds.closeNow(roundId, "Enough comments.");
        review.publish(roundId, false);
        assertThatThrownBy(() -> answers.answerTogether(roundId, Set.of(ids.get(0), ids.get(1)), "Late", Disposition.ADOPTED,
                "Changed after publication", null)).isInstanceOf(InvalidInputException.class);
        assertThat(review.submission(ids.get(0)).disposition()).isEqualTo(Disposition.NOTED);
    }

    @Test
    void only_those_who_run_the_council_consultations_use_the_workspace() {
        World other = worlds.create();
        AsUser.signOut();
        for (TestUser refused : List.of(w.plan().member(), w.plan().observer(), w.plan().lead(), other.secretariat())) {
            AsUser.run(refused, () -> {
                assertThatThrownBy(() -> answers.templates(w.councilId())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> answers.saveTemplate(w.councilId(), Disposition.NOTED, "Mine", null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> answers.nextUnanswered(roundId, SubmissionFilter.ALL, null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> answers.answerTogether(roundId, Set.of(ids.get(0), ids.get(1)), "Group",
                        Disposition.NOTED, "Noted.", null)).isInstanceOf(AccessDeniedException.class);
            });
        }
        AsUser.run(w.secretariat(), () -> assertThat(review.groups(roundId)).as("nothing was grouped").isEmpty());
        AsUser.run(other.secretariat(), () -> assertThat(answers.templates(other.councilId())).hasSize(5));
    }
}
