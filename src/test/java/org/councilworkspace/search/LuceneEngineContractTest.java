package org.councilworkspace.search;

/** The embedded Lucene index (in memory here) keeps the search engines' contract. */
class LuceneEngineContractTest extends SearchEngineContract {

    @Override
    SearchEngine start() throws Exception {
        return new SearchIndex("");
    }

    @Override
    void stop(SearchEngine engine) throws Exception {
        ((SearchIndex) engine).close();
    }
}
