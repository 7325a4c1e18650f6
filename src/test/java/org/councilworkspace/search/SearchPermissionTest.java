package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only what the person may read on the pages: their councils, and secretariat notes only for those who run them. */
@ServiceTest
class SearchPermissionTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired Fixtures fixtures;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void a_member_of_one_council_never_sees_a_hit_from_another() {
        String word = SearchWorld.word();
        PlanWorld a = world.world();
        PlanWorld b = world.world();
        long inA = world.section(a, "Batteries", "Battery recycling " + word);
        long inB = world.section(b, "Batteries", "Battery recycling " + word);
        world.thread(b, b.member(), inB, Visibility.COUNCIL, "A comment on " + word + " in the other council");
        assertThat(world.sections(a.member(), word)).containsExactly(inA);
        assertThat(world.sections(b.observer(), word)).containsExactly(inB);
        assertThat(world.search(a.chair(), word).hits()).allMatch(h -> h.councilId() == a.councilId());
        assertThat(world.sections(a.outsider(), word)).as("secretariat of a third council").isEmpty();
    }

    @Test
    void choosing_a_council_one_does_not_belong_to_finds_nothing() {
        String word = SearchWorld.word();
        PlanWorld a = world.world();
        PlanWorld b = world.world();
        world.section(b, "Batteries", word);
        SearchResults results = AsUser.call(a.member(), () -> searchService.search(
                new SearchQuery(word, b.councilId(), null, SearchOrder.RELEVANCE)));
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void secretariat_notes_are_found_by_the_secretariat_and_chair_only() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        long section = world.section(w, "Trade", "Tariffs");
        world.thread(w, w.secretariat(), section, Visibility.SECRETARIAT, "Internal note on " + word);
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Open remark on " + word);
        assertThat(world.search(w.secretariat(), word).hits()).hasSize(2);
        assertThat(world.search(w.chair(), word).hits()).hasSize(2);
        assertThat(world.search(w.member(), word).hits()).singleElement()
                .satisfies(h -> assertThat(h.snippet().toString()).contains("Open remark"));
        assertThat(world.search(w.observer(), word).hits()).singleElement()
                .satisfies(h -> assertThat(h.snippet().toString()).doesNotContain("Internal"));
    }

    @Test
    void a_person_whose_membership_ended_finds_nothing_of_that_council() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        world.section(w, "Ports", "Deep sea " + word);
        TestUser leaving = fixtures.user("leaving");
        long membership = fixtures.addMember(w.councilId(), w.secretariat(), leaving,
                CouncilRole.MEMBER);
        assertThat(world.search(leaving, word).hits()).hasSize(1);
        fixtures.endMembership(w.councilId(), membership);
        assertThat(world.search(leaving, word).hits()).isEmpty();
    }

    @Test
    void a_platform_administrator_finds_no_drafts_of_councils_they_do_not_belong_to() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        world.section(w, "Ports", word);
        assertThat(world.search(w.admin(), word).hits()).isEmpty();
    }

    @Test
    void nobody_signed_in_is_refused() {
        AsUser.asNobody(() -> assertThatThrownBy(() -> searchService.search(SearchQuery.of("anything")))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void only_a_platform_administrator_may_rebuild_the_index() {
        PlanWorld w = world.world();
        assertThatThrownBy(() -> AsUser.run(w.chair(), searchService::rebuild)).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.chair(), searchService::mayRebuild)).isFalse();
        assertThat(AsUser.call(w.admin(), searchService::mayRebuild)).isTrue();
    }

    @Test
    void only_a_platform_administrator_reads_the_index_status() {
        PlanWorld w = world.world();
        assertThatThrownBy(() -> AsUser.call(w.chair(), searchService::status))
                .isInstanceOf(AccessDeniedException.class);
        world.section(w, "Ports", SearchWorld.word());
        assertThat(AsUser.call(w.admin(), searchService::status).documents()).isPositive();
    }
}
