package org.councilworkspace.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.search.ui.SearchView;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page: from the header box to hits that open the section, with filters and exact text. */
@ServiceTest
class SearchViewTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;

    PlanWorld w;
    String word;
    long section;
    long thread;

    @BeforeEach
    void content() {
        SearchWorld world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
        w = world.world();
        word = SearchWorld.word();
        section = world.section(w, "Electric vehicles", "รัฐบาลส่งเสริมยานยนต์ไฟฟ้า and " + word + " if a < b.");
        thread = world.thread(w, w.member(), section, Visibility.COUNCIL, "Ask <i>industry</i> about " + word);
    }

    @Test
    void the_header_box_opens_the_results_and_a_hit_links_to_its_section() {
        signIn(w.member());
        navigate("");
        TextField box = _get(TextField.class, spec -> spec.withId("header-search"));
        box.setValue(word);
        ComponentUtil.fireEvent(box, new KeyPressEvent(box, "Enter"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("search");
        assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("Showing 2 of 2 results.");
        assertThat(links()).containsExactlyInAnyOrder("plans/" + w.planId() + "/sections/" + section + "?highlight=" + word,
                "plans/" + w.planId() + "/sections/" + section + "?thread=" + thread);
    }

    @Test
    void snippets_show_the_text_exactly_with_the_matched_words_marked() {
        signIn(w.member());
        search("ยานยนต์ไฟฟ้า");
        List<Paragraph> snippets = _find(Paragraph.class, spec -> spec.withClasses("cw-search-snippet"));
        assertThat(snippets).singleElement().satisfies(p -> {
            assertThat(p.getElement().getTextRecursively()).isEqualTo("รัฐบาลส่งเสริมยานยนต์ไฟฟ้า and " + word
                    + " if a < b.");
            assertThat(p.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("mark"))
                    .map(e -> e.getText())).containsExactly("ยานยนต์ไฟฟ้า");
        });
        search("industry " + word);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("cw-search-snippet")))
                .singleElement().satisfies(p -> assertThat(p.getElement().getTextRecursively())
                        .isEqualTo("Ask <i>industry</i> about " + word));
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_kind_filter_keeps_comments_only() {
        signIn(w.observer());
        search(word);
        Select<SearchKind> kind = _get(Select.class, spec -> spec.withId("search-kind"));
        kind.setValue(SearchKind.COMMENT);
        _click(_get(Button.class, spec -> spec.withId("search-submit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("kind")).contains("COMMENT");
        assertThat(links()).containsExactly("plans/" + w.planId() + "/sections/" + section + "?thread=" + thread);
    }

    @Test
    void a_hostile_or_very_long_query_gives_a_notice_never_an_error() {
        signIn(w.member());
        search("\"*AND( <script>");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-notice")).getText()).isEqualTo("Nothing found.");
        search(word + " " + "y".repeat(10_000));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-notice")).getText())
                .startsWith("Your search was very long, so only its first 500 characters were searched.");
    }

    @Test
    void another_councils_member_finds_nothing_here_and_only_administrators_get_the_rebuild_button() {
        signIn(w.outsider());
        search(word);
        assertThat(links()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("search-rebuild"))).as("hidden").isEmpty();
        signIn(w.admin());
        search(word);
        assertThat(_get(Button.class, spec -> spec.withId("search-rebuild")).isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void filters_are_read_from_the_address_and_written_back_and_a_bad_value_is_ignored() {
        signIn(w.chair());
        UI.getCurrent().navigate("search", QueryParameters.simple(java.util.Map.of("q", word, "author",
                w.member().username(), "plan", Long.toString(w.planId()), "from", "not-a-date", "group", "NOBODY")));
        assertThat(links()).containsExactly("plans/" + w.planId() + "/sections/" + section + "?thread=" + thread);
        assertThat(_get(Select.class, spec -> spec.withId("search-plan")).getValue()).isEqualTo(w.planId());
        assertThat(_get(Select.class, spec -> spec.withId("search-group")).getValue()).isNull();
        _get(Select.class, spec -> spec.withId("search-group")).setValue(StakeholderGroup.BUSINESS);
        _click(_get(Button.class, spec -> spec.withId("search-submit")));
        var parameters = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(parameters.getSingleParameter("group")).contains("BUSINESS");
        assertThat(parameters.getSingleParameter("author")).contains(w.member().username());
        assertThat(parameters.getSingleParameter("from")).isEmpty();
        assertThat(links()).as("nobody of that group wrote it").isEmpty();
    }

    private static List<String> links() {
        return _get(Div.class, spec -> spec.withId("search-results")).getChildren()
                .flatMap(card -> card.getChildren()).flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
    }

    private static void search(String text) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", text));
    }
}
