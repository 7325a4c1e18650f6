package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Narrowing a search by plan, author, stakeholder group and dates, and sorting it by date. */
@ServiceTest
class SearchFiltersTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired Fixtures fixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired CouncilService councils;
    @Autowired MutableClock clock;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void the_plan_filter_keeps_one_plan_of_a_person_in_two_councils() {
        String word = SearchWorld.word();
        PlanWorld a = world.world();
        PlanWorld b = world.world();
        fixtures.addMember(b.councilId(), b.secretariat(), a.member(), CouncilRole.MEMBER);
        long inA = world.section(a, "Ports", "Deep sea " + word);
        long inB = world.section(b, "Ports", "Deep sea " + word);
        assertThat(world.sections(a.member(), word)).containsExactlyInAnyOrder(inA, inB);
        assertThat(sections(a.member(), filter(word, b.planId(), null, null, null, null))).containsExactly(inB);
        assertThat(AsUser.call(a.member(), () -> searchService.plans())).containsKeys(a.planId(), b.planId());
        assertThat(AsUser.call(a.chair(), () -> searchService.plans())).containsKey(a.planId())
                .doesNotContainKey(b.planId());
    }

    @Test
    void the_author_and_group_filters_keep_what_that_writer_or_group_wrote() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        TestUser business = fixtures.user("business");
        AsUser.run(w.secretariat(), () -> councils.addMember(w.councilId(), new NewMembership(business.id(),
                CouncilRole.MEMBER, StakeholderGroup.BUSINESS, "Battery Association", OrganizationType.FIRM)));
        long section = world.section(w, "Batteries", "Cells");
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Expert view on " + word);
        world.thread(w, business, section, Visibility.COUNCIL, "Industry view on " + word);

        assertThat(texts(w.chair(), filter(word, null, business.username(), null, null, null)))
                .containsExactly("Industry view on " + word);
        assertThat(texts(w.chair(), filter(word, null, null, StakeholderGroup.EXPERT, null, null)))
                .containsExactly("Expert view on " + word);
        assertThat(texts(w.chair(), filter(word, null, null, StakeholderGroup.CIVIL_SOCIETY, null, null))).isEmpty();
        assertThat(texts(w.chair(), filter(word, null, "?!", null, null, null))).as("no word in the name").isEmpty();
    }

    @Test
    void the_date_range_keeps_what_was_written_on_those_days_and_newest_first_sorts_by_date() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        long section = world.section(w, "Trade", "Tariffs");
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Earlier " + word);
        LocalDate earlier = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        clock.advance(Duration.ofDays(3));
        world.thread(w, w.member(), section, Visibility.COUNCIL, "Later " + word);
        LocalDate later = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        assertThat(texts(w.member(), filter(word, null, null, null, later, null))).containsExactly("Later " + word);
        assertThat(texts(w.member(), filter(word, null, null, null, null, earlier))).containsExactly("Earlier " + word);
        assertThat(texts(w.member(), filter(word, null, null, null, earlier, later))).hasSize(2);
        SearchQuery newest = new SearchQuery(word, null, null, null, null, null, null, null, SearchOrder.NEWEST);
        assertThat(AsUser.call(w.member(), () -> searchService.search(newest)).hits()).extracting(this::text)
                .containsExactly("Later " + word, "Earlier " + word);
    }

    private static SearchQuery filter(String word, Long planId, String author, StakeholderGroup group, LocalDate from,
                                      LocalDate to) {
        return new SearchQuery(word, null, planId, null, author, group, from, to, SearchOrder.RELEVANCE);
    }

    private List<Long> sections(TestUser who, SearchQuery query) {
        return AsUser.call(who, () -> searchService.search(query)).hits().stream().map(SearchHit::sectionId)
                .distinct().toList();
    }

    private List<String> texts(TestUser who, SearchQuery query) {
        return AsUser.call(who, () -> searchService.search(query)).hits().stream().map(this::text).toList();
    }

    private String text(SearchHit hit) {
        return hit.snippet().stream().map(SnippetPart::text).reduce("", String::concat);
    }
}
