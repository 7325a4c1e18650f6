package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code council.search.engine} chooses the engine: the embedded index unless it says opensearch. */
class SearchEngineSelectionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(SearchIndex.class, OpenSearchEngine.class)
            .withPropertyValues("council.search.index-dir=");
    private ScriptedCluster cluster;

    @BeforeEach
    void startCluster() throws Exception {
        cluster = new ScriptedCluster();
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void without_a_setting_the_embedded_index_is_the_engine() {
        context.run(app -> {
            assertThat(app).hasSingleBean(SearchEngine.class).hasSingleBean(SearchIndex.class)
                    .doesNotHaveBean(OpenSearchEngine.class);
            assertThat(cluster.received()).isEmpty();
        });
        context.withPropertyValues("council.search.engine=lucene")
                .run(app -> assertThat(app.getBean(SearchEngine.class)).isInstanceOf(SearchIndex.class));
    }

    @Test
    void opensearch_makes_the_cluster_at_the_given_address_the_engine_with_the_given_index_and_account() {
        cluster.answer("GET", "/council-test/_mapping", 200, OpenSearchRequestsTest.EXISTING);
        context.withPropertyValues("council.search.engine=opensearch",
                        "council.search.opensearch.url=" + cluster.url(),
                        "council.search.opensearch.index=council-test",
                        "council.search.opensearch.username=council",
                        "council.search.opensearch.password=s3cret")
                .run(app -> {
                    assertThat(app).hasSingleBean(SearchEngine.class).doesNotHaveBean(SearchIndex.class);
                    SearchEngine engine = app.getBean(SearchEngine.class);
                    assertThat(engine).isInstanceOf(OpenSearchEngine.class);
                    assertThat(engine.location()).isEqualTo(cluster.url() + "/council-test");
                    assertThat(engine.sharedByNodes()).isTrue();
                });
        assertThat(cluster.last("GET", "/council-test/_mapping").authorization())
                .isEqualTo("Basic Y291bmNpbDpzM2NyZXQ=");
    }
}
