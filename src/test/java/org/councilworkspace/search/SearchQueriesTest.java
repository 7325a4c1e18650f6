package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Any text is a query (never an error), filters and order, and the index following every change. */
@ServiceTest
class SearchQueriesTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    SearchWorld world;
    @Autowired MutableClock clock;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;

    PlanWorld w;
    String word;

    @BeforeEach
    void council() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
        w = world.world();
        word = SearchWorld.word();
    }

    @Test
    void query_syntax_characters_are_plain_text_and_never_an_error() {
        long section = world.section(w, "Research", "Research and development " + word + " (phase 2)");
        for (String hostile : new String[] {"\"", "*", "AND(", "?", "\\", "title:", "[1 TO 2]", "~", "((", "-", "!",
                "&&", "||", "/", "NOT", "\u0000", "👍🏽", " "}) {
            SearchResults results = world.search(w.member(), hostile);
            assertThat(results.queryCut()).as(hostile).isFalse();
        }
        assertThat(world.sections(w.member(), "AND( " + word)).containsExactly(section);
        assertThat(world.sections(w.member(), "\"" + word + "\"")).containsExactly(section);
        assertThat(world.sections(w.member(), word + "*")).containsExactly(section);
        assertThat(world.sections(w.member(), "title:" + word)).as("no field syntax").isEmpty();
        assertThat(world.sections(w.member(), "(phase")).containsExactly(section);
    }

    @Test
    void a_very_long_query_is_cut_with_a_notice_and_still_searched() {
        long section = world.section(w, "Ports", word + " container terminals");
        SearchResults results = world.search(w.member(), word + " " + "x".repeat(10_000));
        assertThat(results.queryCut()).isTrue();
        assertThat(results.hits()).isEmpty();
        SearchResults manyParts = world.search(w.member(), word + " terminals" + " a".repeat(5_000));
        assertThat(manyParts.queryCut()).isTrue();
        assertThat(world.search(w.member(), (word + " ").repeat(400)).hits()).extracting(SearchHit::sectionId)
                .containsExactly(section);
    }

    @Test
    void an_empty_query_finds_nothing() {
        world.section(w, "Ports", word);
        assertThat(world.search(w.member(), "").hits()).isEmpty();
        assertThat(world.search(w.member(), null).hits()).isEmpty();
        assertThat(world.search(w.member(), "   \t ").hits()).isEmpty();
    }

    @Test
    void results_can_be_narrowed_to_one_kind_and_one_council_and_sorted_newest_first() {
        long section = world.section(w, "Ports " + word, "Quays");
        clock.advance(Duration.ofMinutes(5));
        long thread = world.thread(w, w.member(), section, Visibility.COUNCIL, "Dredging " + word);
        SearchResults commentHits = AsUser.call(w.member(), () -> searchService.search(
                new SearchQuery(word, w.councilId(), SearchKind.COMMENT, SearchOrder.RELEVANCE)));
        assertThat(commentHits.hits()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchKind.COMMENT);
            assertThat(h.threadId()).isEqualTo(thread);
            assertThat(h.title()).isEqualTo("Ports " + word);
        });
        SearchResults sections = AsUser.call(w.member(), () -> searchService.search(
                new SearchQuery(word, null, SearchKind.SECTION, SearchOrder.RELEVANCE)));
        assertThat(sections.hits()).extracting(SearchHit::kind).containsExactly(SearchKind.SECTION);
        SearchResults newest = AsUser.call(w.member(), () -> searchService.search(
                new SearchQuery(word, null, null, SearchOrder.NEWEST)));
        assertThat(newest.hits()).extracting(SearchHit::kind).containsExactly(SearchKind.COMMENT, SearchKind.SECTION);
    }

    @Test
    void a_new_revision_replaces_the_old_text_in_the_index() {
        String later = SearchWorld.word();
        long section = world.section(w, "Ports", "Old wording " + word);
        planFixtures.write(w.lead(), section, "New wording " + later);
        searchIndex.awaitWrites();
        assertThat(world.sections(w.member(), word)).isEmpty();
        assertThat(world.sections(w.member(), later)).containsExactly(section);
    }

    @Test
    void a_reply_and_an_edited_comment_are_found_by_their_new_words() {
        String edited = SearchWorld.word();
        String reply = SearchWorld.word();
        long section = world.section(w, "Ports", "Quays");
        long thread = world.thread(w, w.member(), section, Visibility.COUNCIL, "First " + word);
        long replyId = AsUser.call(w.chair(), () -> commentService.reply(thread, "Reply " + reply));
        searchIndex.awaitWrites();
        assertThat(world.search(w.observer(), reply).hits()).extracting(SearchHit::threadId).containsExactly(thread);
        AsUser.run(w.chair(), () -> commentService.edit(replyId, "Reply " + edited, 0));
        searchIndex.awaitWrites();
        assertThat(world.search(w.observer(), reply).hits()).isEmpty();
        assertThat(world.search(w.observer(), edited).hits()).hasSize(1);
        assertThat(world.search(w.observer(), word).hits()).hasSize(1);
    }

    @Test
    void a_renamed_section_is_found_by_its_new_title() {
        long section = world.section(w, "Ports", "Quays");
        AsUser.run(w.secretariat(), () -> outline.rename(section, "Harbours " + word,
                drafting.section(section).section().version()));
        searchIndex.awaitWrites();
        assertThat(world.sections(w.member(), word)).containsExactly(section);
    }

    @Test
    void a_rebuild_from_the_database_finds_everything_again() throws Exception {
        long section = world.section(w, "Ports", "Quays " + word);
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Dredging " + word);
        AsUser.run(w.admin(), searchService::rebuild);
        searchIndex.awaitWrites();
        assertThat(world.search(w.member(), word).hits()).hasSize(2);
    }
}
