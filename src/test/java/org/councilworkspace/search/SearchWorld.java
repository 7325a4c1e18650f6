package org.councilworkspace.search;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;

/**
 * Sections and comments for search tests, written through the services as people would, then waited for until
 * the index has them. Each test works in a council of its own; the test database and index are shared.
 */
final class SearchWorld {

    private final PlanFixtures plans;
    private final CommentService comments;
    private final SearchService search;
    private final SearchIndex index;

    SearchWorld(PlanFixtures plans, CommentService comments, SearchService search, SearchIndex index) {
        this.plans = plans;
        this.comments = comments;
        this.search = search;
        this.index = index;
    }

    PlanWorld world() {
        return plans.world();
    }

    /** A new section with the text, saved by the lead drafter. */
    long section(PlanWorld w, String title, String text) {
        long id = plans.section(w, null, title);
        plans.write(w.lead(), id, text);
        index.awaitWrites();
        return id;
    }

    long thread(PlanWorld w, TestUser who, long sectionId, Visibility visibility, String body) {
        long id = AsUser.call(who, () -> comments.startThread(sectionId, NewThread.onSection(visibility, body)));
        index.awaitWrites();
        return id;
    }

    SearchResults search(TestUser who, String text) {
        return AsUser.call(who, () -> search.search(SearchQuery.of(text)));
    }

    List<Long> sections(TestUser who, String text) {
        return search(who, text).hits().stream().map(SearchHit::sectionId).distinct().toList();
    }

    /** A made-up word no other test writes, so a test's hits are its own. */
    static String word() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
