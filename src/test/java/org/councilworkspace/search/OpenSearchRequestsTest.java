package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch adapter speaks the cluster's documented REST API: the index it makes (analysers, keys, alias), the
 * bulk NDJSON it writes, the search it sends (the typed text as data, the reader filter as terms) and how it reads
 * the documented answers (hits, highlights, totals, refusals). The cluster is a scripted HTTP server in this process
 * that answers each expected request in the documented shape; what the adapter sent is checked here.
 */
class OpenSearchRequestsTest {

    static final String EXISTING = "{\"council-search-0\":{\"mappings\":{\"_meta\":{\"format\":\""
            + OpenSearchMapping.FORMAT + "\",\"followed_at\":1765000000000},\"properties\":{}}}}";
    private static final String OK = "{\"acknowledged\":true}";
    private static final String BULK_OK = "{\"took\":5,\"errors\":false,\"items\":[{\"index\":{\"_index\":"
            + "\"council-search-0\",\"_id\":\"comment:1\",\"status\":201,\"result\":\"created\"}}]}";
    private static final String REFRESHED = "{\"_shards\":{\"total\":2,\"successful\":1,\"failed\":0}}";

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private ScriptedCluster cluster;

    @BeforeEach
    void startCluster() throws Exception {
        cluster = new ScriptedCluster();
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    private OpenSearchEngine engine(String username, String password) {
        return new OpenSearchEngine(new OpenSearchClient(cluster.url(), username, password, new ObjectMapper()),
                "council-search", clock);
    }

    OpenSearchEngine existing() {
        cluster.answer("GET", "/council-search/_mapping", 200, EXISTING);
        return engine(null, null);
    }

    @Test
    void a_missing_index_is_made_under_the_alias_with_thai_japanese_and_english_analysis() {
        cluster.answer("GET", "/council-search/_mapping", 404, "{\"error\":{\"root_cause\":[{\"type\":"
                        + "\"index_not_found_exception\",\"reason\":\"no such index [council-search]\"}],\"type\":"
                        + "\"index_not_found_exception\",\"reason\":\"no such index [council-search]\"},\"status\":404}")
                .answer("GET", "/_cat/plugins", 200, "[{\"name\":\"node-1\",\"component\":\"analysis-kuromoji\","
                        + "\"version\":\"2.19.0\"}]")
                .answer("PUT", "/council-search-0", 200, "{\"acknowledged\":true,\"shards_acknowledged\":true,"
                        + "\"index\":\"council-search-0\"}")
                .answer("GET", "/council-search/_mapping", 200, EXISTING.replace("\"format\":\"1\"", "\"format\":\"new\""));

        OpenSearchEngine engine = engine("council", "s3cret");

        assertThat(engine.outdatedAtStart()).as("an index to rebuild").isTrue();
        ScriptedCluster.Request made = cluster.last("PUT", "/council-search-0");
        assertThat(made.contentType()).isEqualTo("application/json");
        assertThat(made.authorization()).isEqualTo("Basic Y291bmNpbDpzM2NyZXQ=");
        JsonNode body = made.json();
        JsonNode analyzers = body.at("/settings/analysis/analyzer");
        assertThat(analyzers.at("/council_th/tokenizer").asText()).isEqualTo("thai");
        assertThat(analyzers.at("/council_ja/tokenizer").asText()).isEqualTo("kuromoji_tokenizer");
        assertThat(texts(analyzers.at("/council_en/filter"))).contains("council_possessive", "porter_stem");
        assertThat(body.at("/settings/analysis/filter/council_possessive/language").asText())
                .isEqualTo("possessive_english");
        JsonNode properties = body.at("/mappings/properties");
        assertThat(body.at("/mappings/dynamic").asText()).isEqualTo("strict");
        for (String key : List.of("id", "kind", "council", "audience", "plan", "thread", "scope", "group")) {
            assertThat(properties.at("/" + key + "/type").asText()).as(key).isEqualTo("keyword");
        }
        assertThat(properties.at("/text/analyzer").asText()).isEqualTo("council_en");
        assertThat(properties.at("/text/fields/th/analyzer").asText()).isEqualTo("council_th");
        assertThat(properties.at("/text/fields/ja/analyzer").asText()).isEqualTo("council_ja");
        assertThat(properties.at("/text/index_options").asText()).isEqualTo("offsets");
        assertThat(properties.at("/at/type").asText()).isEqualTo("long");
        assertThat(body.at("/mappings/_meta/format").asText()).isEqualTo("new");
        assertThat(body.at("/aliases").has("council-search")).isTrue();
        assertThat(cluster.unexpected()).isEmpty();
    }

    @Test
    void without_the_kuromoji_plugin_japanese_is_indexed_as_pairs_of_characters() {
        JsonNode analyzers = OpenSearchMapping.index(new ObjectMapper(), false, "1").at("/settings/analysis");
        assertThat(analyzers.at("/analyzer/council_ja/tokenizer").asText()).isEqualTo("standard");
        assertThat(texts(analyzers.at("/analyzer/council_ja/filter"))).contains("council_bigrams");
        assertThat(analyzers.at("/filter/council_bigrams/type").asText()).isEqualTo("cjk_bigram");
    }

    @Test
    void an_index_of_the_current_format_is_kept_and_says_when_it_last_followed_the_changes() {
        OpenSearchEngine engine = existing();
        assertThat(engine.outdatedAtStart()).isFalse();
        assertThat(engine.followedAtStart()).contains(Instant.ofEpochMilli(1765000000000L));
        assertThat(cluster.received()).hasSize(1);
    }

    @Test
    void replacing_a_thread_deletes_what_is_gone_and_writes_the_rest_as_bulk_ndjson() throws Exception {
        OpenSearchEngine engine = existing();
        cluster.answer("POST", "/council-search/_delete_by_query", 200, "{\"took\":3,\"deleted\":1,\"failures\":[]}")
                .answer("POST", "/council-search/_bulk", 200, BULK_OK)
                .answer("POST", "/council-search/_refresh", 200, REFRESHED)
                .answer("PUT", "/council-search-0/_mapping", 200, OK);

        engine.replace(DocumentKey.thread(9), () -> List.of(comment(1, "Battery recycling"),
                comment(2, "ยานยนต์ไฟฟ้า\n\"quoted\""))).get();

        ScriptedCluster.Request delete = cluster.last("POST", "/council-search/_delete_by_query");
        assertThat(delete.path()).contains("conflicts=proceed");
        assertThat(delete.json().at("/query/bool/filter/0/term/thread").asText()).isEqualTo("9");
        assertThat(texts(delete.json().at("/query/bool/must_not/0/ids/values"))).containsExactly("comment:1",
                "comment:2");
        ScriptedCluster.Request bulk = cluster.last("POST", "/council-search/_bulk");
        assertThat(bulk.contentType()).isEqualTo("application/x-ndjson");
        assertThat(bulk.body()).endsWith("\n");
        List<JsonNode> lines = bulk.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).at("/index/_id").asText()).isEqualTo("comment:1");
        JsonNode second = lines.get(3);
        assertThat(second.at("/text").asText()).isEqualTo("ยานยนต์ไฟฟ้า\n\"quoted\"");
        assertThat(second.at("/council").asText()).isEqualTo("7");
        assertThat(second.at("/audience").asText()).isEqualTo("SECRETARIAT");
        assertThat(second.at("/thread").asText()).isEqualTo("9");
        assertThat(second.at("/author").asText()).isEqualTo("Somchai Jaidee");
        assertThat(second.at("/at").asLong()).isEqualTo(1765000000000L);
        JsonNode meta = cluster.last("PUT", "/council-search-0/_mapping").json();
        assertThat(meta.at("/_meta/format").asText()).isEqualTo(OpenSearchMapping.FORMAT);
        assertThat(meta.at("/_meta/followed_at").asLong()).isEqualTo(clock.millis());
        assertThat(cluster.unexpected()).isEmpty();
    }

    @Test
    void a_section_is_replaced_by_its_id_and_removed_with_a_bulk_delete() throws Exception {
        OpenSearchEngine engine = existing();
        cluster.answer("POST", "/council-search/_bulk", 200, "{\"took\":1,\"errors\":false,\"items\":[{\"delete\":"
                        + "{\"_id\":\"section:5\",\"status\":404,\"result\":\"not_found\"}}]}")
                .answer("POST", "/council-search/_refresh", 200, REFRESHED)
                .answer("PUT", "/council-search-0/_mapping", 200, OK);

        engine.replace(DocumentKey.section(5), List::of).get();

        List<JsonNode> lines = cluster.last("POST", "/council-search/_bulk").lines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).at("/delete/_id").asText()).isEqualTo("section:5");
        assertThat(cluster.unexpected()).isEmpty();
    }

    @Test
    void a_search_sends_the_typed_text_as_data_and_the_reader_filter_as_terms_on_the_stored_audience() {
        OpenSearchEngine engine = existing();
        cluster.answer("POST", "/council-search/_search", 200, OpenSearchAnswers.TWO_HITS);
        String typed = "title:(x OR \"y\") \\* </em><script>";
        List<MyCouncil> mine = List.of(member(7, CouncilRole.MEMBER), member(8, CouncilRole.SECRETARIAT),
                member(9, CouncilRole.OBSERVER));
        EngineQuery query = ReaderFilter.of(mine, SearchQuery.of(typed), List.of(typed.split(" ")), 50).orElseThrow();

        EngineQuery.Found found = engine.search(query);

        JsonNode body = cluster.last("POST", "/council-search/_search").json();
        assertThat(body.at("/size").asInt()).isEqualTo(50);
        assertThat(body.at("/track_total_hits").asBoolean()).isTrue();
        JsonNode must = body.at("/query/bool/must");
        List<String> sent = new ArrayList<>();
        must.forEach(clause -> sent.add(clause.at("/multi_match/query").asText()));
        assertThat(sent).containsExactly("title:(x", "OR", "\"y\")", "\\*", "</em><script>");
        assertThat(must.at("/0/multi_match/type").asText()).isEqualTo("phrase");
        assertThat(must.at("/0/multi_match/zero_terms_query").asText()).isEqualTo("all");
        assertThat(texts(must.at("/0/multi_match/fields"))).contains("title^2", "text", "text.th", "text.ja");
        JsonNode filter = body.at("/query/bool/filter");
        assertThat(filter.at("/0/bool/should/0/multi_match/zero_terms_query").asText()).isEqualTo("none");
        assertThat(filter.at("/0/bool/minimum_should_match").asInt()).isEqualTo(1);
        Set<String> groups = new TreeSet<>();
        filter.at("/1/bool/should").forEach(group -> groups.add(texts(group.at("/bool/filter/0/terms/council"))
                + " reads " + texts(group.at("/bool/filter/1/terms/audience"))));
        assertThat(groups).containsExactly("[7, 9] reads [COUNCIL]",
                "[8] reads [CONSULTATION, COUNCIL, DRAFT_MINUTES, MEETING_MANAGERS, SECRETARIAT]");
        assertThat(body.at("/highlight/pre_tags/0").asText()).isEqualTo(OpenSearchQueries.MARK);

        assertThat(found.total()).isEqualTo(2);
        SearchHit comment = found.hits().get(0);
        assertThat(comment.kind()).isEqualTo(SearchKind.COMMENT);
        assertThat(comment.threadId()).isEqualTo(9L);
        assertThat(comment.title()).isEqualTo("Targets <b>2030</b>");
        assertThat(comment.author()).isEqualTo("Somchai Jaidee");
        assertThat(comment.snippet()).containsExactly(new SnippetPart("Plans for battery ", false),
                new SnippetPart("recycling", true), new SnippetPart(" in the east", false),
                new SnippetPart("…", false));
        SearchHit section = found.hits().get(1);
        assertThat(section.kind()).isEqualTo(SearchKind.SECTION);
        assertThat(section.planTitle()).isEqualTo("Master plan");
        assertThat(section.snippet()).containsExactly(new SnippetPart("…", false),
                new SnippetPart("ส่งเสริม", false), new SnippetPart("ยานยนต์ไฟฟ้า", true));
        assertThat(cluster.unexpected()).isEmpty();
    }

    @Test
    void the_filters_and_the_newest_first_order_are_term_match_and_range_clauses() {
        OpenSearchEngine engine = existing();
        cluster.answer("POST", "/council-search/_search", 200, OpenSearchAnswers.NO_HITS);
        SearchQuery request = new SearchQuery("ports", null, 3L, SearchKind.COMMENT, " Jaidee ",
                StakeholderGroup.BUSINESS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), SearchOrder.NEWEST);

        EngineQuery.Found found = engine.search(ReaderFilter.of(List.of(member(7, CouncilRole.MEMBER)), request,
                List.of("ports"), 50).orElseThrow());

        assertThat(found.hits()).isEmpty();
        JsonNode body = cluster.last("POST", "/council-search/_search").json();
        JsonNode filter = body.at("/query/bool/filter");
        assertThat(filter.at("/2/term/kind").asText()).isEqualTo("COMMENT");
        assertThat(filter.at("/3/term/plan").asText()).isEqualTo("3");
        assertThat(filter.at("/4/term/group").asText()).isEqualTo("BUSINESS");
        assertThat(filter.at("/5/bool/should/0/match/author/query").asText()).isEqualTo("Jaidee");
        assertThat(filter.at("/5/bool/should/0/match/author/operator").asText()).isEqualTo("and");
        assertThat(filter.at("/6/range/at/gte").asLong()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        assertThat(filter.at("/6/range/at/lte").asLong()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z").toEpochMilli() - 1);
        assertThat(body.at("/sort/0/at/order").asText()).isEqualTo("desc");
    }

    @Test
    void a_rebuild_fills_a_new_index_and_then_moves_the_alias_to_it_in_one_step() throws Exception {
        OpenSearchEngine engine = existing();
        cluster.answer("GET", "/_cat/plugins", 200, "[]")
                .answer("PUT", "/council-search-", 200, "{\"acknowledged\":true}")
                .answer("POST", "/council-search-", 200, BULK_OK)
                .answer("POST", "/council-search-", 200, REFRESHED)
                .answer("PUT", "/council-search-", 200, OK)
                .answer("POST", "/_aliases", 200, OK)
                .answer("DELETE", "/council-search-0", 200, OK);

        engine.replaceAll(add -> add.accept(comment(1, "Battery recycling"))).get();

        List<ScriptedCluster.Request> sent = cluster.received();
        String fresh = sent.get(2).path().substring(1);
        assertThat(fresh).startsWith("council-search-").isNotEqualTo("council-search-0");
        assertThat(sent.get(2).json().has("aliases")).as("not searched before it is full").isFalse();
        assertThat(sent.get(3).path()).isEqualTo("/" + fresh + "/_bulk");
        assertThat(sent.get(4).path()).isEqualTo("/" + fresh + "/_refresh");
        assertThat(sent.get(5).json().at("/_meta/format").asText()).isEqualTo(OpenSearchMapping.FORMAT);
        JsonNode actions = sent.get(6).json().at("/actions");
        assertThat(actions.at("/0/remove/index").asText()).isEqualTo("council-search-0");
        assertThat(actions.at("/1/add/index").asText()).isEqualTo(fresh);
        assertThat(actions.at("/1/add/alias").asText()).isEqualTo("council-search");
        assertThat(sent.get(7).method() + " " + sent.get(7).path()).isEqualTo("DELETE /council-search-0");
        assertThat(engine.rebuilding()).isFalse();
        assertThat(cluster.unexpected()).isEmpty();
    }

    static MyCouncil member(long councilId, CouncilRole role) {
        return new MyCouncil(councilId, "Council " + councilId, null, null, null, null, role);
    }

    static SearchDocument comment(long id, String text) {
        return new SearchDocument("comment:" + id, SearchKind.COMMENT, 7, "SECRETARIAT", 3L, 5L, 9L, List.of(), null,
                text, null, "Targets", "Somchai Jaidee", "BUSINESS", null, null, 1765000000000L);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
