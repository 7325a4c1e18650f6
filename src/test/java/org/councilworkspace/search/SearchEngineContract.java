package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.councilworkspace.search.OpenSearchRequestsTest.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every search engine must do, whichever keeps the index: find words in Thai, Japanese and English text, apply
 * the reader filter exactly (another council, an observer, draft minutes), the search's filters and orders, take any
 * typed text, and replace, delete and rebuild by key. Each engine runs it in a subclass; the searches go through the
 * same {@link QueryText} and {@link ReaderFilter} as {@link SearchService}. Each test document carries its id as
 * its anchor, so a hit says which document it is.
 */
abstract class SearchEngineContract {

    static final long A = 101;
    static final long B = 202;
    static final long DAY = 86_400_000L;
    static final long JAN_10 = Instant.parse("2026-01-10T12:00:00Z").toEpochMilli();

    private SearchEngine engine;

    abstract SearchEngine start() throws Exception;

    abstract void stop(SearchEngine engine) throws Exception;

    @BeforeEach
    void startEngine() throws Exception {
        engine = start();
    }

    @AfterEach
    void stopEngine() throws Exception {
        stop(engine);
    }

    @Test
    void finds_thai_words_inside_text_written_without_spaces() {
        index(section(1, "นโยบาย", "รัฐบาลส่งเสริมการใช้ยานยนต์ไฟฟ้าในประเทศไทยอย่างต่อเนื่อง"));
        assertThat(ids(CouncilRole.MEMBER, "ยานยนต์ไฟฟ้า")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "ประเทศไทย")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "รถไฟ")).isEmpty();
    }

    @Test
    void finds_japanese_words_inside_a_paragraph() {
        index(section(1, "方針", "政府は電気自動車の普及を進めるため、充電設備を全国に整備する。"));
        assertThat(ids(CouncilRole.MEMBER, "電気自動車")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "充電設備")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "自動販売機")).isEmpty();
    }

    @Test
    void finds_english_words_by_their_stem_and_text_that_mixes_the_languages() {
        index(section(1, "Batteries", "Battery recycling plants for EV ยานยนต์ไฟฟ้า and 電気自動車 makers."),
                section(2, "Ports", "Quays and cranes."));
        assertThat(ids(CouncilRole.MEMBER, "recycled")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "batteries")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "RECYCLING ยานยนต์ไฟฟ้า 電気自動車")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "recycling cranes")).as("every part must occur").isEmpty();
    }

    @Test
    void a_reader_finds_only_what_their_role_reads_in_their_own_councils() {
        index(section(1, "Targets", "zqshared"),
                doc("note:1", SearchKind.COMMENT, A, Audience.SECRETARIAT, "zqshared secretariat note"),
                doc("minutes:1", SearchKind.MINUTES, A, Audience.DRAFT_MINUTES, "zqshared draft minutes"),
                doc("agenda:1", SearchKind.AGENDA, A, Audience.MEETING_MANAGERS, "zqshared draft agenda"),
                doc("submission:1", SearchKind.SUBMISSION, A, Audience.CONSULTATION, "zqshared submission"),
                doc("section:2", SearchKind.SECTION, B, Audience.COUNCIL, "zqshared other council"),
                doc("public:1", SearchKind.PUBLIC_SECTION, A, Audience.PUBLIC, "zqshared published"));

        assertThat(ids(CouncilRole.MEMBER, "zqshared")).containsExactly("section:1");
        assertThat(ids(CouncilRole.OBSERVER, "zqshared")).containsExactly("section:1");
        assertThat(ids(CouncilRole.SECRETARIAT, "zqshared")).containsExactlyInAnyOrder("section:1", "note:1",
                "minutes:1", "agenda:1", "submission:1");
        assertThat(ids(List.of(member(B, CouncilRole.MEMBER)), SearchQuery.of("zqshared")))
                .containsExactly("section:2");
        assertThat(ids(List.of(member(A, CouncilRole.OBSERVER), member(B, CouncilRole.CHAIR)),
                SearchQuery.of("zqshared"))).containsExactlyInAnyOrder("section:1", "section:2");
        assertThat(ids(List.of(member(A, CouncilRole.CHAIR)), new SearchQuery("zqshared", B, null,
                SearchOrder.RELEVANCE))).as("a council that is not theirs").isEmpty();
        assertThat(ids(List.of(), SearchQuery.of("zqshared"))).as("no council").isEmpty();
        assertThat(published(SearchQuery.of("zqshared"))).containsExactly("public:1");
        assertThat(published(new SearchQuery("zqshared", B, null, SearchOrder.RELEVANCE))).isEmpty();
    }

    @Test
    void the_filters_narrow_by_plan_kind_author_group_and_days() {
        index(new SearchDocument("comment:1", SearchKind.COMMENT, A, "COUNCIL", 3L, 1L, 9L, List.of(), null,
                        "zqports quays", null, "Ports", "Somchai Jaidee", "BUSINESS", null, "comment:1", JAN_10),
                new SearchDocument("comment:2", SearchKind.COMMENT, A, "COUNCIL", 4L, 2L, 8L, List.of(), null,
                        "zqports cranes", null, "Cranes", "ยุพิน ศรีสุข", "MINISTRY", null, "comment:2", JAN_10 + 5 * DAY),
                doc("section:3", SearchKind.SECTION, A, Audience.COUNCIL, "zqports", "Harbour text", JAN_10 - 3 * DAY));
        assertThat(filtered(new SearchQuery("zqports", null, 3L, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("comment:1");
        assertThat(filtered(new SearchQuery("zqports", null, null, SearchKind.SECTION, null, null, null, null, null)))
                .containsExactly("section:3");
        assertThat(filtered(new SearchQuery("zqports", null, null, null, "jaidee somchai", null, null, null, null)))
                .containsExactly("comment:1");
        assertThat(filtered(new SearchQuery("zqports", null, null, null, "ศรีสุข", null, null, null, null)))
                .containsExactly("comment:2");
        assertThat(filtered(new SearchQuery("zqports", null, null, null, "!!!", null, null, null, null)))
                .as("a name without a word narrows to nothing").isEmpty();
        assertThat(filtered(new SearchQuery("zqports", null, null, null, null, StakeholderGroup.MINISTRY, null, null,
                null))).containsExactly("comment:2");
        assertThat(filtered(new SearchQuery("zqports", null, null, null, null, null, LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 1, 10), null))).containsExactly("comment:1");
        assertThat(filtered(new SearchQuery("zqports", null, null, null, null, null, LocalDate.of(2026, 1, 11), null,
                null))).containsExactly("comment:2");
    }

    @Test
    void results_come_best_first_or_newest_first_and_count_beyond_the_hits_shown() {
        index(doc("old", SearchKind.AMENDMENT, A, Audience.COUNCIL, "Harbour", "zqorder once in a longer text about"
                        + " quays, cranes, berths and the dredging of the channel", JAN_10),
                doc("titled", SearchKind.AMENDMENT, A, Audience.COUNCIL, "zqorder", "zqorder in the title and text",
                        JAN_10 - DAY),
                doc("new", SearchKind.AMENDMENT, A, Audience.COUNCIL, "Harbour", "Harbour zqorder text",
                        JAN_10 + DAY));
        assertThat(ids(CouncilRole.MEMBER, "zqorder").get(0)).isEqualTo("titled");
        assertThat(ids(List.of(member(A, CouncilRole.MEMBER)), new SearchQuery("zqorder", null, null,
                SearchOrder.NEWEST))).containsExactly("new", "old", "titled");
        EngineQuery two = ReaderFilter.of(List.of(member(A, CouncilRole.MEMBER)), SearchQuery.of("zqorder"),
                List.of("zqorder"), 2).orElseThrow();
        EngineQuery.Found found = engine.search(two);
        assertThat(found.hits()).hasSize(2);
        assertThat(found.total()).isEqualTo(3);
    }

    @Test
    void any_typed_text_is_taken_literally_and_never_fails() {
        index(section(1, "Rules", "The C++ (draft) rules say AND is a word; zqhostile <b>bold</b> \"quoted\""));
        List<String> hostile = new ArrayList<>(List.of("\"", "*", "\\", "(", ")", "title:x", "text:*", "AND OR NOT",
                "{\"query\":{\"match_all\":{}}}", "</em><script>alert(1)</script>", "a\u0000b", "\uE000\uE001",
                "~1 ^2 [a TO z] /re.*/", "'; DROP TABLE section; --", "x".repeat(5000)));
        for (String typed : hostile) {
            assertThatCode(() -> ids(CouncilRole.MEMBER, typed)).as(typed).doesNotThrowAnyException();
        }
        assertThat(ids(CouncilRole.MEMBER, "*")).isEmpty();
        assertThat(ids(CouncilRole.MEMBER, "\" ( * )")).as("punctuation alone finds nothing").isEmpty();
        assertThat(ids(CouncilRole.MEMBER, "zqhostile \"*\"")).as("punctuation beside a word is left out")
                .containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "C++ (draft)")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "AND")).containsExactly("section:1");
        assertThat(ids(CouncilRole.MEMBER, "text:zqhostile")).as("no field syntax").isEmpty();
    }

    @Test
    void snippets_mark_the_matched_words_in_the_text_as_it_was_written() {
        String text = "Before the plan. Use <b>bold</b> & battery Recycling for \"all\" of them.";
        index(section(1, "Snippets", text));
        List<SnippetPart> snippet = hits(CouncilRole.MEMBER, "recycled").get(0).snippet();
        assertThat(snippet).filteredOn(SnippetPart::match).extracting(SnippetPart::text).containsExactly("Recycling");
        String shown = String.join("", snippet.stream().map(SnippetPart::text).toList());
        assertThat(shown.replace("…", "")).isNotEmpty().satisfies(s -> assertThat(text).contains(s.strip()));
        assertThat(shown).contains("<b>bold</b> &");
    }

    @Test
    void replacing_by_key_deletes_what_is_gone_and_keeps_the_rest() throws Exception {
        index(section(1, "One", "zqdelete section"), comment(1, 9, "zqdelete first"), comment(2, 9, "zqdelete second"),
                doc("meeting:1/agenda", SearchKind.AGENDA, A, Audience.COUNCIL, "zqdelete agenda"));
        engine.replace(DocumentKey.thread(9), () -> List.of(comment(1, 9, "zqdelete first, edited"))).get();
        engine.replace(DocumentKey.section(1), List::of).get();
        engine.replace(DocumentKey.scope("meeting:1"), List::of).get();
        engine.awaitWrites();
        assertThat(ids(CouncilRole.MEMBER, "zqdelete")).containsExactly("comment:1");
        assertThat(ids(CouncilRole.MEMBER, "edited")).containsExactly("comment:1");
        assertThat(engine.status().documents()).isEqualTo(1);
    }

    @Test
    void a_replacement_right_after_a_write_of_the_same_key_still_removes_what_is_gone() {
        engine.replace(DocumentKey.thread(5), () -> List.of(comment(1, 5, "zqquick one"), comment(2, 5, "zqquick two")));
        engine.replace(DocumentKey.thread(5), () -> List.of(comment(1, 5, "zqquick one")));
        engine.awaitWrites();
        assertThat(ids(CouncilRole.MEMBER, "zqquick")).containsExactly("comment:1");
    }

    @Test
    void a_rebuild_replaces_everything_and_a_clear_empties_the_index() throws Exception {
        index(section(1, "Old", "zqbefore"), section(2, "Old", "zqbefore"));
        engine.replaceAll(add -> {
            add.accept(section(3, "New", "zqafter"));
            add.accept(comment(4, 7, "zqafter comment"));
        }).get();
        engine.awaitWrites();
        assertThat(ids(CouncilRole.MEMBER, "zqbefore")).isEmpty();
        assertThat(ids(CouncilRole.MEMBER, "zqafter")).containsExactlyInAnyOrder("section:3", "comment:4");
        assertThat(engine.status().documents()).isEqualTo(2);
        assertThat(engine.rebuilding()).isFalse();
        engine.clear().get();
        engine.awaitWrites();
        assertThat(engine.status().documents()).isZero();
        assertThat(ids(CouncilRole.MEMBER, "zqafter")).isEmpty();
    }

    // Documents and searches

    void index(SearchDocument... documents) {
        for (SearchDocument d : documents) {
            engine.replace(new DocumentKey(DocumentKey.ID, d.id()), () -> List.of(d));
        }
        engine.awaitWrites();
    }

    static SearchDocument section(long id, String title, String text) {
        return new SearchDocument("section:" + id, SearchKind.SECTION, A, "COUNCIL", 3L, id, null, List.of(), title,
                text, "Master plan", null, null, null, null, "section:" + id, JAN_10);
    }

    static SearchDocument comment(long id, long thread, String text) {
        return new SearchDocument("comment:" + id, SearchKind.COMMENT, A, "COUNCIL", 3L, 1L, thread, List.of(), null,
                text, null, "One", "Somchai Jaidee", "BUSINESS", null, "comment:" + id, JAN_10);
    }

    static SearchDocument doc(String id, SearchKind kind, long council, Audience audience, String text) {
        return doc(id, kind, council, audience, kind.name(), text, JAN_10);
    }

    static SearchDocument doc(String id, SearchKind kind, long council, Audience audience, String title, String text,
                              long at) {
        String scope = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
        return new SearchDocument(id, kind, council, audience.name(), null, null, null, List.of(scope), title, text,
                null, null, null, null, 12L, id, at);
    }

    private List<SearchHit> hits(CouncilRole role, String typed) {
        return found(List.of(member(A, role)), SearchQuery.of(typed)).hits();
    }

    private List<String> ids(CouncilRole role, String typed) {
        return ids(List.of(member(A, role)), SearchQuery.of(typed));
    }

    private List<String> filtered(SearchQuery request) {
        return ids(List.of(member(A, CouncilRole.MEMBER)), request);
    }

    private List<String> ids(List<MyCouncil> mine, SearchQuery request) {
        return found(mine, request).hits().stream().map(SearchHit::anchor).toList();
    }

    private EngineQuery.Found found(List<MyCouncil> mine, SearchQuery request) {
        QueryText.Typed typed = typed(request);
        return ReaderFilter.of(mine, request, typed.parts(), SearchService.MAX_HITS).map(engine::search)
                .orElse(EngineQuery.Found.NOTHING);
    }

    private List<String> published(SearchQuery request) {
        return engine.search(ReaderFilter.published(request, typed(request).parts(), SearchService.MAX_HITS)).hits()
                .stream().map(SearchHit::anchor).toList();
    }

    private static QueryText.Typed typed(SearchQuery request) {
        return new QueryText(SearchService.MAX_QUERY, SearchService.MAX_PARTS).parse(request.text());
    }
}
