package org.councilworkspace.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

abstract class CommentServiceContract {

    static final String TEXT = "The plan aims for 30% of new cars to be electric by 2030.\n\n"
            + "Suppliers of engine parts need support to move into battery and motor components.";

    @Autowired PlanFixtures planFixtures;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;
    @Autowired ThreadQueries queries;
    @Autowired NotificationService notifications;

    PlanWorld w;
    long section;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Electrification");
        planFixtures.write(w.lead(), section, TEXT);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    long revision() {
        return AsUser.call(w.lead(), () -> drafting.section(section)).revisionId();
    }

    long onPassage(TestUser who, String quote, String body) {
        String plain = PassageText.collapse(TEXT);
        int at = plain.indexOf(quote);
        return AsUser.call(who, () -> comments.startThread(section, new NewThread(revision(), quote,
                plain.substring(0, at), plain.substring(at + quote.length()), Visibility.COUNCIL, body)));
    }

    void save(String text) {
        AsUser.run(w.lead(), () -> {
            SectionDraft d = drafting.section(section);
            drafting.save(section, d.revisionId(), text, null);
        });
    }

    ThreadSummary only(TestUser who, ThreadFilter filter) {
        List<ThreadSummary> list = AsUser.call(who, () -> queries.threads(section, filter, 0, 50));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void a_member_comments_on_a_passage_and_it_is_highlighted_where_it_stands() {
        long id = onPassage(w.member(), "30% of new cars", "Is 30% realistic?");
        ThreadSummary t = only(w.observer(), ThreadFilter.ALL);
        assertThat(t.id()).isEqualTo(id);
        assertThat(t.quote()).isEqualTo("30% of new cars");
        assertThat(t.anchorState()).isEqualTo(AnchorState.ANCHORED);
        assertThat(t.comments()).extracting(CommentItem::body).containsExactly("Is 30% realistic?");
        var highlights = AsUser.call(w.member(), () -> queries.highlights(section, revision()));
        String plain = PassageText.collapse(TEXT);
        assertThat(highlights).containsExactly(new PassageText.Highlight(id, plain.indexOf("30% of new cars"), 15));
    }

    @Test
    void the_anchor_follows_its_quote_through_revisions_and_is_outdated_when_it_is_gone() {
        long id = onPassage(w.member(), "battery and motor components", "Add power electronics?");
        save("New first paragraph.\n\n" + TEXT);
        ThreadSummary moved = only(w.member(), ThreadFilter.ALL);
        assertThat(moved.anchorState()).isEqualTo(AnchorState.ANCHORED);
        String now = PassageText.collapse("New first paragraph.\n\n" + TEXT);
        assertThat(AsUser.call(w.member(), () -> queries.highlights(section, revision())))
                .containsExactly(new PassageText.Highlight(id, now.indexOf("battery and motor components"), 28));

        // Reworded a little, same surroundings: found again by the fuzzy match.
        String reworded = TEXT.replace("battery and motor components", "battery and e-motor components");
        save(reworded);
        String plain = PassageText.collapse(reworded);
        assertThat(AsUser.call(w.member(), () -> queries.highlights(section, revision())))
                .containsExactly(new PassageText.Highlight(id, plain.indexOf("battery and e-motor components"), 30));

        save("Suppliers will be left to the market.");
        ThreadSummary outdated = only(w.member(), ThreadFilter.ALL);
        assertThat(outdated.anchorState()).isEqualTo(AnchorState.OUTDATED);
        assertThat(outdated.quote()).isEqualTo("battery and motor components");
        assertThat(AsUser.call(w.member(), () -> queries.highlights(section, revision()))).isEmpty();

        save(TEXT);
        assertThat(only(w.member(), ThreadFilter.ALL).anchorState()).isEqualTo(AnchorState.ANCHORED);
    }

    @Test
    void a_passage_chosen_on_an_older_revision_is_moved_onto_the_current_one() {
        long old = revision();
        save("Preface.\n\n" + TEXT);
        String plain = PassageText.collapse(TEXT);
        int at = plain.indexOf("engine parts");
        long id = AsUser.call(w.member(), () -> comments.startThread(section, new NewThread(old, "engine parts",
                plain.substring(0, at), plain.substring(at + 12), Visibility.COUNCIL, "Which parts?")));
        String now = PassageText.collapse("Preface.\n\n" + TEXT);
        assertThat(AsUser.call(w.member(), () -> queries.highlights(section, revision())))
                .containsExactly(new PassageText.Highlight(id, now.indexOf("engine parts"), 12));
        assertThat(AsUser.call(w.member(), () -> queries.highlights(section, old))).isEmpty();
    }

    @Test
    void a_passage_not_in_the_text_is_refused_with_a_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.startThread(section,
                new NewThread(revision(), "not in the text", "", "", Visibility.COUNCIL, "Hm"))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "deliberation.passage-not-found");
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.startThread(section,
                new NewThread(revision(), "   ", "", "", Visibility.COUNCIL, "Hm"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "  \n "))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(AsUser.call(w.member(), () -> queries.count(section, ThreadFilter.ALL))).isZero();
    }

    @Test
    void replies_mentions_and_leads_are_notified_once_each() {
        long id = AsUser.call(w.member(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "Please look, @" + w.chair().username() + ".")));
        assertThat(kinds(w.chair())).containsExactly(CommentNotices.MENTION);
        assertThat(kinds(w.lead())).containsExactly(CommentNotices.LED_SECTION);
        assertThat(kinds(w.member())).isEmpty();

        AsUser.call(w.chair(), () -> comments.reply(id, "Looked. @" + w.lead().username() + " can you fix it?"));
        assertThat(kinds(w.member())).containsExactly(CommentNotices.REPLY);
        assertThat(kinds(w.lead())).containsExactlyInAnyOrder(CommentNotices.MENTION, CommentNotices.LED_SECTION);
        assertThat(kinds(w.chair())).containsExactly(CommentNotices.MENTION);
        NotificationItem item = AsUser.call(w.member(), () -> notifications.mine(0, 10)).get(0);
        assertThat(item.link()).isEqualTo("plans/" + w.planId() + "/sections/" + section + "?thread=" + id);

        assertThat(AsUser.call(w.lead(), () -> queries.threads(section,
                new ThreadFilter(null, false, true, null), 0, 10))).extracting(ThreadSummary::id).containsExactly(id);
        assertThat(AsUser.call(w.observer(), () -> queries.threads(section,
                new ThreadFilter(null, false, true, null), 0, 10))).isEmpty();
    }

    @Test
    void editing_my_comment_keeps_the_earlier_wording_and_refuses_a_stale_edit() {
        AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "First wording")));
        CommentItem c = only(w.member(), ThreadFilter.ALL).comments().get(0);
        AsUser.run(w.member(), () -> comments.edit(c.id(), "Second wording", c.version()));
        CommentItem edited = only(w.member(), ThreadFilter.ALL).comments().get(0);
        assertThat(edited.body()).isEqualTo("Second wording");
        assertThat(edited.editCount()).isEqualTo(1);
        assertThat(AsUser.call(w.observer(), () -> queries.earlierWordings(c.id())))
                .extracting(EarlierWording::body).containsExactly("First wording");
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> comments.edit(c.id(), "Third", c.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> comments.edit(c.id(), "Not mine", edited.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(only(w.member(), ThreadFilter.ALL).comments().get(0).body()).isEqualTo("Second wording");
    }

    @Test
    void resolve_and_reopen_by_starter_lead_secretariat_and_chair_only() {
        long id = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "Open")));
        TestUser other = w.observer();
        assertThatThrownBy(() -> AsUser.run(other, () -> comments.resolve(id))).isInstanceOf(AccessDeniedException.class);
        for (TestUser who : List.of(w.member(), w.lead(), w.secretariat(), w.chair())) {
            AsUser.run(who, () -> comments.resolve(id));
            assertThat(only(w.member(), ThreadFilter.ALL).status()).isEqualTo(ThreadStatus.RESOLVED);
            AsUser.run(who, () -> comments.reopen(id));
            assertThat(only(w.member(), ThreadFilter.ALL).status()).isEqualTo(ThreadStatus.OPEN);
        }
        AsUser.run(w.lead(), () -> comments.resolve(id));
        assertThat(AsUser.call(w.member(), () -> queries.threads(section, ThreadFilter.OPEN, 0, 10))).isEmpty();
        assertThat(AsUser.call(w.member(), () -> queries.openCounts(w.planId()))).doesNotContainKey(section);
    }

    @Test
    void a_second_member_may_not_resolve_someone_elses_thread() {
        long id = AsUser.call(w.lead(), () -> comments.startThread(section, NewThread.onSection(null, "Lead's")));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> comments.resolve(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void observers_read_but_cannot_write_and_outsiders_cannot_read() {
        long id = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "Hello")));
        assertThat(AsUser.call(w.observer(), () -> queries.count(section, ThreadFilter.ALL))).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.call(w.observer(), () -> comments.startThread(section,
                NewThread.onSection(null, "x")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.observer(), () -> comments.reply(id, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> queries.count(section, ThreadFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> queries.thread(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.admin(), () -> queries.openCounts(w.planId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> comments.reply(id, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void secretariat_notes_are_invisible_to_members_and_observers() {
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.SECRETARIAT, "x")))).isInstanceOf(AccessDeniedException.class);
        long note = AsUser.call(w.secretariat(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.SECRETARIAT, "Check with @" + w.member().username() + " later")));
        assertThat(AsUser.call(w.chair(), () -> queries.count(section, ThreadFilter.ALL))).isEqualTo(1);
        assertThat(AsUser.call(w.member(), () -> queries.count(section, ThreadFilter.ALL))).isZero();
        assertThat(AsUser.call(w.observer(), () -> queries.openCounts(w.planId()))).doesNotContainKey(section);
        assertThat(AsUser.call(w.chair(), () -> queries.openCounts(w.planId()))).containsEntry(section, 1);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> queries.thread(note))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.reply(note, "x")))
                .isInstanceOf(NotFoundException.class);
        // A mention of someone who cannot read the note tells them nothing; the lead is not told either.
        assertThat(kinds(w.member())).isEmpty();
        assertThat(kinds(w.lead())).isEmpty();
        assertThat(AsUser.call(w.secretariat(), () -> queries.mentionCandidates(section, Visibility.SECRETARIAT, "")))
                .extracting(MentionCandidate::userId).doesNotContain(w.member().id(), w.observer().id())
                .contains(w.chair().id());
    }

    @Test
    void filters_mine_status_and_stakeholder_group() {
        long a = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "A")));
        long b = AsUser.call(w.chair(), () -> comments.startThread(section, NewThread.onSection(null, "B")));
        AsUser.call(w.lead(), () -> comments.reply(b, "Reply"));
        AsUser.run(w.chair(), () -> comments.resolve(b));
        assertThat(AsUser.call(w.lead(), () -> queries.threads(section, new ThreadFilter(null, true, false, null), 0, 9)))
                .extracting(ThreadSummary::id).containsExactly(b);
        assertThat(AsUser.call(w.lead(), () -> queries.threads(section, ThreadFilter.OPEN, 0, 9)))
                .extracting(ThreadSummary::id).containsExactly(a);
        var group = only(w.member(), new ThreadFilter(ThreadStatus.OPEN, false, false, null)).authorGroup();
        assertThat(AsUser.call(w.lead(), () -> queries.threads(section, new ThreadFilter(null, false, false, group),
                0, 9))).extracting(ThreadSummary::id).contains(a);
        var other = group == org.councilworkspace.council.StakeholderGroup.CIVIL_SOCIETY
                ? org.councilworkspace.council.StakeholderGroup.MINISTRY
                : org.councilworkspace.council.StakeholderGroup.CIVIL_SOCIETY;
        assertThat(AsUser.call(w.lead(), () -> queries.threads(section, new ThreadFilter(null, false, false, other),
                0, 9))).isEmpty();
        assertThat(AsUser.call(w.lead(), () -> queries.count(section, ThreadFilter.ALL))).isEqualTo(2);
    }

    @Test
    void mention_suggestions_offer_current_members_by_name() {
        String start = w.chair().username().substring(0, 4);
        assertThat(AsUser.call(w.member(), () -> queries.mentionCandidates(section, Visibility.COUNCIL, start)))
                .extracting(MentionCandidate::userId).contains(w.chair().id()).doesNotContain(w.outsider().id());
    }

    List<String> kinds(TestUser who) {
        return AsUser.call(who, () -> notifications.mine(0, 50)).stream().map(NotificationItem::kind).toList();
    }
}
