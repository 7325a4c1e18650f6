package org.councilworkspace.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.HostileStrings;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every string of the hostile corpus through every comment input: stored exactly, or refused; shown inert. */
abstract class CommentTextSafetyContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;
    @Autowired ThreadQueries queries;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void everyHostileStringIsStoredExactlyOrRefusedAndRendersInert() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Corpus");
        long thread = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "start")));
        int stored = 0;
        int refused = 0;
        for (String s : HostileStrings.all()) {
            Optional<String> expected = HostileStrings.expectedText(s, CommentService.MAX_COMMENT);
            if (expected.isPresent()) {
                long id = AsUser.call(w.member(), () -> comments.reply(thread, s));
                var all = AsUser.call(w.member(), () -> queries.thread(thread)).comments();
                CommentItem last = all.get(all.size() - 1);
                assertThat(last.id()).isEqualTo(id);
                assertThat(last.body()).isEqualTo(expected.get());
                HostileStrings.assertInert(CommentMarkdown.toSafeHtml(last.body()));
                stored++;
            } else {
                int before = AsUser.call(w.member(), () -> queries.thread(thread)).commentCount();
                assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.reply(thread, s)))
                        .isInstanceOf(InvalidInputException.class);
                assertThatThrownBy(() -> AsUser.call(w.member(), () -> comments.startThread(section,
                        NewThread.onSection(null, s)))).isInstanceOf(InvalidInputException.class);
                assertThat(AsUser.call(w.member(), () -> queries.thread(thread)).commentCount()).isEqualTo(before);
                refused++;
            }
        }
        assertThat(stored).isGreaterThan(450);
        assertThat(refused).isGreaterThan(10);
        // Thread starts and edits go through the same rules: a sample of each kind.
        for (String s : HostileStrings.all().subList(0, 120)) {
            Optional<String> expected = HostileStrings.expectedText(s, CommentService.MAX_COMMENT);
            if (expected.isEmpty()) {
                continue;
            }
            long id = AsUser.call(w.chair(), () -> comments.startThread(section, NewThread.onSection(null, s)));
            CommentItem first = AsUser.call(w.chair(), () -> queries.thread(id)).comments().get(0);
            assertThat(first.body()).isEqualTo(expected.get());
            AsUser.run(w.chair(), () -> comments.edit(first.id(), s + " (edited)", first.version()));
            assertThat(AsUser.call(w.chair(), () -> queries.earlierWordings(first.id())))
                    .extracting(EarlierWording::body).containsExactly(expected.get());
        }
    }
}
