package org.councilworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Honest consensus: an editorial fix keeps positions standing; a change of meaning says so and asks again. */
abstract class EditorialChangeContract {

    private static final String TEXT = "The council aims to make the region a hub for electric vehicles, batteries "
            + "and their recycling by 2031, with local content of at least forty percent in every new assembly plant.";

    @Autowired PlanFixtures planFixtures;
    @Autowired ConsensusService consensus;
    @Autowired ChairService chair;
    @Autowired DraftingService drafting;
    @Autowired NotificationService notifications;

    PlanWorld w;
    long vision;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), vision, TEXT);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void an_editorial_fix_keeps_positions_and_the_declaration_standing_and_is_labelled_in_the_history() {
        position(w.member(), Stance.AGREE);
        position(w.chair(), Stance.AGREE);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), vision, "Agreed by all who spoke.", false));

        SaveOutcome outcome = editorial(w.lead(), TEXT.replace("forty percent", "40%"));

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Saved) outcome).revision().kind()).isEqualTo(RevisionKind.EDITORIAL);
        MatrixRow row = row();
        assertThat(row.total(MatrixCell::stale)).isZero();
        assertThat(row.declaration()).as("the declaration still stands on the fixed text")
                .isEqualTo("Agreed by all who spoke.");
        assertThat(AsUser.call(w.lead(), () -> drafting.history(vision, 0, 10)).get(0).kind())
                .isEqualTo(RevisionKind.EDITORIAL);
        assertThat(AsUser.call(w.lead(), () -> drafting.positionsAtStake(vision))).isEqualTo(2);
        assertThat(staleNotices(w.member())).isEmpty();
    }

    @Test
    void a_change_of_meaning_makes_positions_stale_and_asks_their_holders_but_not_the_person_who_saved() {
        position(w.member(), Stance.AGREE);
        position(w.chair(), Stance.OBJECT, "Forty percent is too high for small suppliers.");
        position(w.lead(), Stance.AGREE);
        assertThat(AsUser.call(w.lead(), () -> drafting.positionsAtStake(vision))).isEqualTo(3);

        planFixtures.write(w.lead(), vision, TEXT.replace("2031", "2035"));

        assertThat(row().total(MatrixCell::stale)).isEqualTo(3);
        assertThat(AsUser.call(w.lead(), () -> drafting.positionsAtStake(vision))).isZero();
        assertThat(staleNotices(w.member())).hasSize(1);
        assertThat(staleNotices(w.member()).get(0).link()).isEqualTo("plans/" + w.planId() + "/sections/" + vision);
        assertThat(staleNotices(w.chair())).hasSize(1);
        assertThat(staleNotices(w.lead())).as("nobody is told of their own save").isEmpty();

        planFixtures.write(w.lead(), vision, TEXT.replace("2031", "2036"));
        assertThat(staleNotices(w.member())).as("asked once per change of meaning, not at every save").hasSize(1);

        position(w.member(), Stance.AGREE);
        assertThat(AsUser.call(w.lead(), () -> drafting.positionsAtStake(vision))).isEqualTo(1);
    }

    @Test
    void a_position_given_on_an_editorial_revision_stands_until_the_next_change_of_meaning() {
        editorial(w.lead(), TEXT.replace("forty percent", "40%"));
        position(w.member(), Stance.AGREE);
        editorial(w.lead(), TEXT.replace("forty percent", "40 %"));
        assertThat(row().total(MatrixCell::stale)).isZero();
        planFixtures.write(w.lead(), vision, TEXT.replace("2031", "2035"));
        assertThat(row().total(MatrixCell::stale)).isEqualTo(1);
        assertThat(staleNotices(w.member())).hasSize(1);
    }

    @Test
    void an_editorial_change_too_large_or_on_older_text_is_refused_and_nothing_is_saved() {
        int before = AsUser.call(w.lead(), () -> drafting.countHistory(vision));
        String rewritten = "A different vision altogether, about ports, logistics and the digital economy, "
                + "replacing the automotive focus of the earlier text with services and trade.";
        assertThatThrownBy(() -> editorial(w.lead(), rewritten))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("editor.editorial-too-large");
        long first = AsUser.call(w.lead(), () -> drafting.section(vision)).revisionId();
        planFixtures.write(w.chair(), vision, TEXT.replace("2031", "2035"));
        assertThatThrownBy(() -> AsUser.call(w.lead(), () -> drafting.saveEditorial(vision, first,
                TEXT.replace("forty percent", "40%"), null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("editor.editorial-not-newest");
        assertThat(AsUser.call(w.lead(), () -> drafting.countHistory(vision))).isEqualTo(before + 1);
    }

    @Test
    void only_those_who_may_edit_the_section_save_an_editorial_change() {
        for (TestUser who : new TestUser[] {w.member(), w.observer(), w.outsider()}) {
            assertThatThrownBy(() -> editorial(who, TEXT.replace("forty percent", "40%"))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> drafting.positionsAtStake(vision)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private SaveOutcome editorial(TestUser who, String text) {
        return AsUser.call(who, () -> drafting.saveEditorial(vision, drafting.section(vision).revisionId(), text,
                null));
    }

    private void position(TestUser who, Stance stance) {
        position(who, stance, null);
    }

    private void position(TestUser who, Stance stance, String reason) {
        AsUser.call(who, () -> consensus.recordPosition(w.planId(), vision, stance, reason));
    }

    private MatrixRow row() {
        return AsUser.call(w.chair(), () -> consensus.matrix(w.planId(), MatrixFilter.ALL)).sections().stream()
                .filter(r -> r.sectionId() == vision).findFirst().orElseThrow();
    }

    private List<NotificationItem> staleNotices(TestUser who) {
        return AsUser.call(who, () -> notifications.mine(0, 50)).stream()
                .filter(n -> n.kind().equals("POSITION_STALE")).toList();
    }
}
