package org.councilworkspace.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.springframework.stereotype.Service;

/**
 * Searching what the signed-in person may read. Their councils and roles are read from the database on every
 * search (as every permission check does), so a membership that ended stops showing its council's things at once.
 * Any text is accepted: it is never parsed as query syntax, and very long text is cut (the results say so). The
 * engine that keeps the index (embedded Lucene or OpenSearch) is given the reader filter to apply, never asked who
 * reads.
 */
@Service
public class SearchService {

    /** Characters of a query that are searched; the rest is cut off. */
    public static final int MAX_QUERY = 500;
    /** Space-separated parts of a query that are searched. */
    static final int MAX_PARTS = 32;
    public static final int MAX_HITS = 50;

    private final SearchEngine engine;
    private final SearchIndexer indexer;
    private final CouncilService councils;
    private final PlanService planService;
    private final AccessGuard guard;
    private final QueryText queryText;

    SearchService(SearchEngine engine, SearchIndexer indexer, CouncilService councils, PlanService planService,
                  AccessGuard guard) {
        this.engine = engine;
        this.planService = planService;
        this.indexer = indexer;
        this.councils = councils;
        this.guard = guard;
        this.queryText = new QueryText(MAX_QUERY, MAX_PARTS);
    }

    public SearchResults search(SearchQuery request) {
        guard.requireActor();
        QueryText.Typed typed = queryText.parse(request.text());
        Optional<EngineQuery> query = ReaderFilter.of(councils.myCouncils(), request, typed.parts(), MAX_HITS);
        if (typed.parts().isEmpty() || query.isEmpty()) {
            return new SearchResults(List.of(), 0, typed.cut(), engine.rebuilding());
        }
        return run(query.get(), typed);
    }

    /**
     * Searching what the public portal shows, for anyone, signed in or not: published plan versions, published
     * meetings and published comment-response tables, of every council or one. The kind must be a public one.
     */
    public SearchResults searchPublished(SearchQuery request) {
        QueryText.Typed typed = queryText.parse(request.text());
        if (typed.parts().isEmpty() || (request.kind() != null && !request.kind().isPublic())) {
            return new SearchResults(List.of(), 0, typed.cut(), engine.rebuilding());
        }
        return run(ReaderFilter.published(request, typed.parts(), MAX_HITS), typed);
    }

    private SearchResults run(EngineQuery query, QueryText.Typed typed) {
        EngineQuery.Found found = engine.search(query);
        return new SearchResults(found.hits(), found.total(), typed.cut(), engine.rebuilding());
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
        return engine.status();
    }

    /** Rebuilds the whole index from the database, in the background; searches go on meanwhile. */
    public void rebuild() {
        guard.requireAdmin();
        indexer.rebuild();
    }
}
