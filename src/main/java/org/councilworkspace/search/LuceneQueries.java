package org.councilworkspace.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A search on the Lucene index: the typed parts become phrase queries (no query parser, so no input is syntax), the
 * readers and filters become filter clauses that do not change the scores, and the hits get their snippets.
 */
final class LuceneQueries {

    private LuceneQueries() {
    }

    static EngineQuery.Found search(IndexSearcher searcher, Analyzer analyzer, EngineQuery request) throws IOException {
        Optional<Query> text = text(request.parts(), analyzer);
        if (text.isEmpty() || request.readers().isEmpty()) {
            return EngineQuery.Found.NOTHING;
        }
        Query query = new BooleanQuery.Builder()
                .add(text.get(), Occur.MUST)
                .add(filter(request, analyzer), Occur.FILTER)
                .build();
        TopDocs top = request.order() == SearchOrder.NEWEST
                ? searcher.search(query, request.max(), new Sort(new SortField(IndexDocuments.AT, SortField.Type.LONG,
                        true)))
                : searcher.search(query, request.max());
        List<List<SnippetPart>> snippets = Snippets.of(searcher, analyzer, query, top.scoreDocs);
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(IndexDocuments.hit(stored.document(top.scoreDocs[i].doc), snippets.get(i)));
        }
        return new EngineQuery.Found(hits, top.totalHits.value);
    }

    /** Each part with a word in it, as a phrase in the title (counted double) or the text; empty if none has one. */
    static Optional<Query> text(List<String> parts, Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<Query> required = new ArrayList<>();
        for (String part : parts) {
            Query inTitle = builder.createPhraseQuery(IndexDocuments.TITLE, part);
            Query inText = builder.createPhraseQuery(IndexDocuments.TEXT, part);
            if (inText != null) {
                required.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(inTitle, 2f), Occur.SHOULD)
                        .add(inText, Occur.SHOULD)
                        .build());
            }
        }
        if (required.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        required.forEach(q -> all.add(q, Occur.MUST));
        return Optional.of(all.build());
    }

    private static Query filter(EngineQuery request, Analyzer analyzer) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (EngineQuery.Readers readers : request.readers()) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            if (readers.councils() != null) {
                one.add(terms(IndexDocuments.COUNCIL, readers.councils()), Occur.FILTER);
            }
            one.add(terms(IndexDocuments.AUDIENCE, readers.audiences()), Occur.FILTER);
            any.add(one.build(), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(any.build(), Occur.FILTER);
        if (request.kind() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.KIND, request.kind().name())), Occur.FILTER);
        }
        if (request.planId() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.PLAN, request.planId().toString())), Occur.FILTER);
        }
        if (request.group() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.GROUP, request.group())), Occur.FILTER);
        }
        if (request.author() != null) {
            Query words = new QueryBuilder(analyzer).createBooleanQuery(IndexDocuments.AUTHOR_WORDS, request.author(),
                    Occur.MUST);
            // A name with no word in it (only punctuation) narrows to nothing rather than to everything.
            filter.add(words == null ? new TermQuery(new Term(IndexDocuments.ID, "")) : words, Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            filter.add(LongPoint.newRangeQuery(IndexDocuments.AT_POINT,
                    request.from() == null ? Long.MIN_VALUE : request.from(),
                    request.to() == null ? Long.MAX_VALUE : request.to()), Occur.FILTER);
        }
        return filter.build();
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
