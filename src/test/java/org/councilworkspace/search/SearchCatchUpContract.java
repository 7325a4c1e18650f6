package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.councilworkspace.base.live.LocalLiveBus;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.ThreadTexts;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SectionRevised;
import org.councilworkspace.plan.SectionTexts;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node that was not following the changes (stopped, or cut off) finds at its next start what others changed
 * meanwhile, without a rebuild. The other node is played here by a second index on a folder of its own, over the
 * same database, started and stopped by the test; it hears no other node, as a node that is down hears nothing.
 */
abstract class SearchCatchUpContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired SectionTexts sectionTexts;
    @Autowired ThreadTexts threadTexts;
    @Autowired FeatureTexts featureTexts;
    @Autowired SearchJournal journal;
    @Autowired CouncilService councils;
    @Autowired PlanService plans;
    @Autowired AccessGuard guard;
    @Autowired MutableClock clock;
    @TempDir Path dir;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void a_node_that_was_down_finds_at_its_start_what_was_changed_meanwhile() throws Exception {
        PlanWorld w = world.world();
        long section = world.section(w, "Targets", "Before the outage");
        SearchIndex node = new SearchIndex(dir.toString(), clock);
        start(node, clock);
        node.close();

        String sectionWord = SearchWorld.word();
        String commentWord = SearchWorld.word();
        planFixtures.write(w.lead(), section, "During the outage " + sectionWord);
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Said during the outage " + commentWord);
        assertThat(world.search(w.member(), sectionWord).hits()).as("the running node follows").hasSize(1);

        SearchIndex restarted = new SearchIndex(dir.toString(), clock);
        assertThat(restarted.outdatedAtStart()).as("caught up, not rebuilt").isFalse();
        SearchService onRestarted = start(restarted, clock);
        assertThat(search(onRestarted, w, sectionWord)).extracting(SearchHit::sectionId).containsExactly(section);
        assertThat(search(onRestarted, w, commentWord)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.COMMENT);
        restarted.close();
    }

    @Test
    void a_node_that_was_down_longer_than_the_changes_are_kept_rebuilds_and_old_changes_are_forgotten()
            throws Exception {
        PlanWorld w = world.world();
        long section = world.section(w, "Targets", "Before the outage");
        SearchIndex node = new SearchIndex(dir.toString(), clock);
        start(node, clock);
        node.close();
        String word = SearchWorld.word();
        planFixtures.write(w.lead(), section, "Long after " + word);
        searchIndex.awaitWrites();

        Clock later = Clock.offset(clock, SearchCatchUp.KEPT.plusDays(1));
        SearchIndex restarted = new SearchIndex(dir.toString(), later);
        SearchService onRestarted = start(restarted, later);
        assertThat(search(onRestarted, w, word)).extracting(SearchHit::sectionId).containsExactly(section);
        // Only this test's own key: the clock is shared with the other tests of the JVM, which moved it back and
        // forth while they wrote, so their changes may carry any time.
        assertThat(journal.keysSince(OffsetDateTime.now(clock).minus(Duration.ofDays(1)).withOffsetSameInstant(
                ZoneOffset.UTC))).as("forgotten after the kept time").doesNotContain("s" + section);
        restarted.close();
    }

    @Test
    void a_node_whose_index_is_rebuilt_at_its_start_leaves_its_own_earlier_changes_to_that_rebuild() throws Exception {
        PlanWorld w = world.world();
        String before = SearchWorld.word();
        long section = world.section(w, "Targets", "Written while the node started " + before);
        SearchIndex node = new SearchIndex(dir.toString(), clock);
        SearchIndexer indexer = new SearchIndexer(node, sectionTexts, threadTexts, featureTexts,
                new SearchRelay(new LocalLiveBus()), journal);
        SearchCatchUp catchUp = new SearchCatchUp(node, indexer, journal, clock, false);
        SearchService onNode = new SearchService(node, indexer, councils, plans, guard);
        indexer.onRevised(revised(w, section));
        node.awaitWrites();
        assertThat(search(onNode, w, before)).as("left to the rebuild at the start").isEmpty();

        catchUp.onStart();
        node.awaitWrites();
        assertThat(search(onNode, w, before)).extracting(SearchHit::sectionId).containsExactly(section);
        String after = SearchWorld.word();
        planFixtures.write(w.lead(), section, "Written once the node was ready " + after);
        indexer.onRevised(revised(w, section));
        node.awaitWrites();
        assertThat(search(onNode, w, after)).as("followed one by one again").extracting(SearchHit::sectionId)
                .containsExactly(section);
        node.close();
    }

    private static SectionRevised revised(PlanWorld w, long section) {
        return new SectionRevised(null, "test", "test", w.councilId(), w.planId(), section, 0, 1, RevisionKind.EDIT);
    }

    /** Starts a node's index as the app does, and waits until what the start asked for is written. */
    private SearchService start(SearchIndex index, Clock nodeClock) {
        SearchIndexer indexer = new SearchIndexer(index, sectionTexts, threadTexts, featureTexts,
                new SearchRelay(new LocalLiveBus()), journal);
        new SearchCatchUp(index, indexer, journal, nodeClock, false).onStart();
        index.awaitWrites();
        return new SearchService(index, indexer, councils, plans, guard);
    }

    private static List<SearchHit> search(SearchService on, PlanWorld w, String word) {
        return AsUser.call(w.member(), () -> on.search(new SearchQuery(word, w.councilId(), null,
                SearchOrder.RELEVANCE))).hits();
    }
}
