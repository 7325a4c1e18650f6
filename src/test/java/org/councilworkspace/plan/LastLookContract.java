package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.QueryCounter;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "New since I last looked", on H2 and PostgreSQL: what counts as new, to whom, and who may ask. */
abstract class LastLookContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired LastLookService looks;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;
    @Autowired AmendmentService amendments;
    @Autowired List<OpenTasks> tasks;
    @Autowired MutableClock clock;

    PlanWorld w;
    long section;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "The first text.");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_first_visit_shows_no_notice_and_is_kept_as_the_last_look() {
        assertThat(AsUser.call(w.member(), () -> looks.lastLooked(section))).isEmpty();
        assertThat(open(w.member())).isEmpty();
        assertThat(AsUser.call(w.member(), () -> looks.lastLooked(section)).map(java.time.OffsetDateTime::toInstant))
                .contains(clock.instant());
    }

    @Test
    void revisions_comments_and_amendments_of_others_since_the_last_look_are_counted_until_marked_as_seen() {
        open(w.member());
        Long seen = AsUser.call(w.member(), () -> drafting.section(section)).revisionId();
        clock.advance(Duration.ofDays(3));
        planFixtures.write(w.lead(), section, "The first text, revised.");
        planFixtures.write(w.chair(), section, "The first text, revised by the chair.");
        planFixtures.write(w.lead(), section, "The first text, revised by the chair and the lead.");
        long thread = AsUser.call(w.lead(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "Please look at the targets."))).longValue();
        AsUser.call(w.chair(), () -> comments.reply(thread, "Agreed."));
        AsUser.call(w.member(), () -> comments.reply(thread, "My own reply is not new to me."));
        Long current = AsUser.call(w.chair(), () -> drafting.section(section)).revisionId();
        AsUser.call(w.chair(), () -> amendments.propose(section, current, "Another text.", "Clearer."));

        SinceLastLook since = open(w.member()).orElseThrow();
        assertThat(since.revisions()).isEqualTo(3);
        assertThat(since.authors()).containsExactly("Test " + w.lead().username(), "Test " + w.chair().username());
        assertThat(since.seenRevisionId()).isEqualTo(seen);
        assertThat(since.currentRevisionId()).isEqualTo(current);
        assertThat(since.others()).containsExactly(new NewSinceLook.NewThings("lastlook.comments", 2),
                new NewSinceLook.NewThings("lastlook.amendments", 1));
        assertThat(open(w.member())).as("a glance does not lose the notice").isPresent();

        AsUser.run(w.member(), () -> looks.markSeen(section, current));
        assertThat(open(w.member())).isEmpty();
    }

    @Test
    void what_one_did_oneself_is_not_new_to_one() {
        open(w.lead());
        clock.advance(Duration.ofHours(5));
        planFixtures.write(w.lead(), section, "My own new text.");
        AsUser.call(w.lead(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "Mine.")));
        assertThat(open(w.lead())).isEmpty();
    }

    @Test
    void secretariat_notes_are_new_only_to_those_who_read_them() {
        open(w.member());
        open(w.chair());
        clock.advance(Duration.ofHours(1));
        AsUser.call(w.secretariat(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.SECRETARIAT, "A working note.")));
        assertThat(open(w.member())).isEmpty();
        assertThat(open(w.chair()).orElseThrow().others())
                .containsExactly(new NewSinceLook.NewThings("lastlook.comments", 1));
    }

    @Test
    void the_outline_and_the_home_page_list_sections_changed_since_my_last_look_in_one_query() {
        long other = planFixtures.section(w, null, "Never opened");
        open(w.member());
        clock.advance(Duration.ofDays(1));
        planFixtures.write(w.lead(), section, "Changed while the member was away.");
        planFixtures.write(w.lead(), other, "Changed too, but never looked at.");
        planFixtures.write(w.lead(), section, "Changed twice.");

        assertThat(AsUser.call(w.member(), () -> looks.changedSections(w.planId()))).containsOnlyKeys(section)
                .containsEntry(section, 2);
        assertThat(AsUser.call(w.lead(), () -> looks.changedSections(w.planId()))).isEmpty();
        OpenTasks home = tasks.stream().filter(t -> t instanceof LookTasks)
                .findFirst().orElseThrow();
        var counted = AsUser.call(w.member(), () -> QueryCounter.count(home::openTasks));
        // The signed-in account and the one query, whatever the number of plans and sections.
        assertThat(counted.statements()).isLessThanOrEqualTo(2);
        OpenTask task = counted.result().get(0);
        assertThat(task.kind()).isEqualTo(LookTasks.KIND);
        assertThat(task.count()).isEqualTo(1);
        assertThat(task.path()).isEqualTo("plans/" + w.planId());

        AsUser.run(w.member(), () -> looks.markSeen(section, drafting.section(section).revisionId()));
        assertThat(AsUser.call(w.member(), home::openTasks)).isEmpty();
    }

    @Test
    void each_person_has_their_own_looks() {
        open(w.member());
        clock.advance(Duration.ofHours(2));
        planFixtures.write(w.lead(), section, "Revised.");
        AsUser.run(w.chair(), () -> looks.markSeen(section, drafting.section(section).revisionId()));
        assertThat(open(w.member())).isPresent();
    }

    @Test
    void nobody_outside_the_council_reads_or_writes_a_look() {
        Long revision = AsUser.call(w.member(), () -> drafting.section(section)).revisionId();
        for (TestUser wrong : List.of(w.outsider(), w.admin())) {
            assertThatThrownBy(() -> open(wrong)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(wrong, () -> looks.markSeen(section, revision)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(wrong, () -> looks.lastLooked(section)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(wrong, () -> looks.changedSections(w.planId())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long elsewhere = planFixtures.section(w, null, "Another section");
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> looks.markSeen(elsewhere, revision)))
                .as("a revision of another section").isInstanceOf(NotFoundException.class);
        assertThat(open(w.observer())).as("observers read, so they look too").isEmpty();
    }

    private java.util.Optional<SinceLastLook> open(TestUser who) {
        return AsUser.call(who, () -> looks.open(section));
    }
}
