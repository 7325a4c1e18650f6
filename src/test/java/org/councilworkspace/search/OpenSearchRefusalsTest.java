package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.search.OpenSearchRequestsTest.comment;
import static org.councilworkspace.search.OpenSearchRequestsTest.member;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.councilworkspace.security.CouncilRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the cluster refuses, and a cluster that does not answer, become exceptions that say which request and why. */
class OpenSearchRefusalsTest {

    private ScriptedCluster cluster;

    @BeforeEach
    void startCluster() throws Exception {
        cluster = new ScriptedCluster();
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    private OpenSearchEngine existing() {
        cluster.answer("GET", "/council-search/_mapping", 200, OpenSearchRequestsTest.EXISTING);
        return new OpenSearchEngine(new OpenSearchClient(cluster.url(), null, null, new ObjectMapper()),
                "council-search", Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void a_refusal_names_the_request_the_status_and_the_clusters_reason() {
        OpenSearchEngine engine = existing();
        cluster.answer("POST", "/council-search/_search", 400, OpenSearchAnswers.REFUSED);
        EngineQuery query = ReaderFilter.of(List.of(member(7, CouncilRole.MEMBER)), SearchQuery.of("x"), List.of("x"),
                50).orElseThrow();

        assertThatThrownBy(() -> engine.search(query)).isInstanceOf(OpenSearchException.class)
                .hasMessageContaining("POST /council-search/_search").hasMessageContaining("400")
                .hasMessageContaining("search_phase_execution_exception")
                .hasMessageContaining("failed to create query");
    }

    @Test
    void a_bulk_request_with_a_failed_document_is_a_refusal_that_names_the_document() {
        cluster.answer("POST", "/council-search/_bulk", 200, OpenSearchAnswers.BULK_FAILED);
        OpenSearchClient client = new OpenSearchClient(cluster.url(), null, null, new ObjectMapper());
        ObjectMapper json = client.json();

        assertThatThrownBy(() -> client.bulk("/council-search/_bulk", OpenSearchDocuments.bulk(json,
                List.of(comment(1, "x"))))).isInstanceOf(OpenSearchException.class)
                .hasMessageContaining("comment:1").hasMessageContaining("mapper_parsing_exception")
                .hasMessageContaining("failed to parse field [at]");
        assertThat(cluster.last("POST", "/council-search/_bulk").authorization()).isNull();
    }

    @Test
    void a_cluster_that_does_not_answer_is_named_in_the_refusal() {
        String url = cluster.url();
        cluster.close();
        OpenSearchClient client = new OpenSearchClient(url, null, null, new ObjectMapper());
        assertThatThrownBy(() -> client.send("GET", "/council-search/_mapping", null))
                .isInstanceOf(OpenSearchException.class).hasMessageContaining(url).hasMessageContaining("did not answer");
    }
}
