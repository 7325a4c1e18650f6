package org.councilworkspace.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * An OpenSearch cluster keeps the search engines' contract. Runs only against a real cluster: set OPENSEARCH_URL
 * (for example http://localhost:9200) and, if it asks for them, OPENSEARCH_USERNAME and OPENSEARCH_PASSWORD. Each
 * test works in an index of its own, removed afterwards.
 */
@EnabledIfEnvironmentVariable(named = "OPENSEARCH_URL", matches = ".+",
        disabledReason = "needs an OpenSearch cluster: set OPENSEARCH_URL (the request shapes are checked by "
                + "OpenSearchRequestsTest without one)")
class OpenSearchEngineContractTest extends SearchEngineContract {

    private OpenSearchClient client;
    private String alias;

    @Override
    SearchEngine start() {
        client = new OpenSearchClient(System.getenv("OPENSEARCH_URL"), System.getenv("OPENSEARCH_USERNAME"),
                System.getenv("OPENSEARCH_PASSWORD"), new ObjectMapper());
        alias = "council-contract-" + UUID.randomUUID().toString().substring(0, 8);
        return new OpenSearchEngine(client, alias, Clock.systemUTC());
    }

    @Override
    void stop(SearchEngine engine) throws Exception {
        ((OpenSearchEngine) engine).close();
        client.sendIfThere("GET", "/" + alias + "/_alias", null)
                .ifPresent(indexes -> indexes.fieldNames().forEachRemaining(
                        index -> client.sendIfThere("DELETE", "/" + index, null)));
    }
}
