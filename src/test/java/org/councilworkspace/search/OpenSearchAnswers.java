package org.councilworkspace.search;

/** Answers of an OpenSearch cluster in the shapes its REST API documents, for {@link OpenSearchRequestsTest}. */
final class OpenSearchAnswers {

    static final String TWO_HITS = """
            {"took":4,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":2,"relation":"eq"},"max_score":3.1,"hits":[
              {"_index":"council-search-0","_id":"comment:1","_score":3.1,
               "_source":{"id":"comment:1","kind":"COMMENT","council":"7","audience":"COUNCIL","plan":"3",
                          "section":"5","thread":"9","scope":[],"text":"Plans for battery recycling in the east and west",
                          "section_title":"Targets <b>2030</b>","author":"Somchai Jaidee","group":"BUSINESS",
                          "at":1765000000000},
               "highlight":{"text":["Plans for battery \uE000recycling\uE001 in the east"],
                            "text.th":["Plans for battery recycling in the east"]}},
              {"_index":"council-search-0","_id":"section:5","_score":1.2,
               "_source":{"id":"section:5","kind":"SECTION","council":"8","audience":"COUNCIL","plan":"3",
                          "section":"5","scope":[],"title":"Targets","text":"รัฐบาลส่งเสริมยานยนต์ไฟฟ้า",
                          "plan_title":"Master plan","at":1764000000000},
               "highlight":{"text.th":["ส่งเสริม\uE000ยานยนต์\uE001\uE000ไฟฟ้า\uE001"]}}]}}
            """;

    static final String NO_HITS = """
            {"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}
            """;

    static final String REFUSED = """
            {"error":{"root_cause":[{"type":"query_shard_exception","reason":"failed to create query",
              "index":"council-search-0"}],"type":"search_phase_execution_exception","reason":"all shards failed",
              "phase":"query","grouped":true},"status":400}
            """;

    static final String BULK_FAILED = """
            {"took":3,"errors":true,"items":[{"index":{"_index":"council-search-0","_id":"comment:1","status":400,
              "error":{"type":"mapper_parsing_exception","reason":"failed to parse field [at] of type [long]"}}}]}
            """;

    private OpenSearchAnswers() {
    }
}
