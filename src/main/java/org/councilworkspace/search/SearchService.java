package org.councilworkspace.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.springframework.stereotype.Service;

/**
 * Searching what the signed-in person may read. Their councils and roles are read from the database on every
 * search (as every permission check does), so a membership that ended stops showing its council's things at once.
 * Any text is accepted: it is never parsed as query syntax, and very long text is cut (the results say so).
 */
@Service
public class SearchService {

    /** Characters of a query that are searched; the rest is cut off. */
    public static final int MAX_QUERY = 500;
    /** Space-separated parts of a query that are searched. */
    static final int MAX_PARTS = 32;
    public static final int MAX_HITS = 50;

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final CouncilService councils;
    private final PlanService planService;
    private final AccessGuard guard;
    private final QueryText queryText;

    SearchService(SearchIndex index, SearchIndexer indexer, CouncilService councils, PlanService planService,
                  AccessGuard guard) {
        this.index = index;
        this.planService = planService;
        this.indexer = indexer;
        this.councils = councils;
        this.guard = guard;
        this.queryText = new QueryText(index.analyzer(), MAX_QUERY, MAX_PARTS);
    }

    public SearchResults search(SearchQuery request) {
        guard.requireActor();
        QueryText.Parsed parsed = queryText.parse(request.text());
        List<MyCouncil> mine = councils.myCouncils();
        Optional<Query> readable = ReaderFilter.of(mine, request, index.analyzer());
        if (parsed.query().isEmpty() || readable.isEmpty()) {
            return new SearchResults(List.of(), 0, parsed.cut(), index.rebuilding());
        }
        return run(parsed, readable.get(), request.order());
    }

    /**
     * Searching what the public portal shows, for anyone, signed in or not: published plan versions, published
     * meetings and published comment-response tables, of every council or one. The kind must be a public one.
     */
    public SearchResults searchPublished(SearchQuery request) {
        QueryText.Parsed parsed = queryText.parse(request.text());
        if (parsed.query().isEmpty() || (request.kind() != null && !request.kind().isPublic())) {
            return new SearchResults(List.of(), 0, parsed.cut(), index.rebuilding());
        }
        return run(parsed, ReaderFilter.published(request, index.analyzer()), request.order());
    }

    private SearchResults run(QueryText.Parsed parsed, Query filter, SearchOrder order) {
        Query query = new BooleanQuery.Builder()
                .add(parsed.query().get(), Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
        return index.read(searcher -> {
            TopDocs top = order == SearchOrder.NEWEST
                    ? searcher.search(query, MAX_HITS, new Sort(new SortField(IndexDocuments.AT, SortField.Type.LONG,
                            true)))
                    : searcher.search(query, MAX_HITS);
            List<List<SnippetPart>> snippets = Snippets.of(searcher, index.analyzer(), query, top.scoreDocs);
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(IndexDocuments.hit(stored.document(top.scoreDocs[i].doc), snippets.get(i)));
            }
            return new SearchResults(hits, top.totalHits.value, parsed.cut(), index.rebuilding());
        });
    }

    /** The plans a search can be narrowed to: those of the councils the signed-in person reads, by council. */
    public Map<Long, String> plans() {
        Map<Long, String> plans = new LinkedHashMap<>();
        for (MyCouncil c : councils.myCouncils()) {
            if (c.role().may(CouncilAction.READ)) {
                planService.plans(c.councilId()).forEach(p -> plans.put(p.id(), p.title()));
            }
        }
        return plans;
    }

    /** The councils a search can be narrowed to: those the signed-in person reads. */
    public List<MyCouncil> councils() {
        return councils.myCouncils();
    }

    /** Whether the signed-in person may rebuild the index (platform administrators; it shows them no content). */
    public boolean mayRebuild() {
        return guard.requireActor().platformAdmin();
    }

    /** The index's size and whether it is being rebuilt, for platform administrators (it shows them no content). */
    public IndexStatus status() {
        guard.requireAdmin();
        return index.status();
    }

    /** Rebuilds the whole index from the database, in the background; searches go on meanwhile. */
    public void rebuild() {
        guard.requireAdmin();
        indexer.rebuild();
    }
}
