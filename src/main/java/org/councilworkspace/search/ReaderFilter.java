package org.councilworkspace.search;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.security.CouncilAction;

/**
 * What a person may find: documents of the councils they currently belong to in a role that reads, and of those
 * only the audiences their role reads there ({@link Audience#readableBy}, which defers to each feature's rule).
 * The councils are grouped by what their role reads, so the filter stays small however many councils a person is
 * in. The search's own filters (plan, kind, author, group, dates) narrow it further.
 */
final class ReaderFilter {

    /** Characters of an author filter that are used. */
    static final int MAX_AUTHOR = 200;

    private ReaderFilter() {
    }

    /** Empty when nothing is readable (no council, or the chosen council is not one of them). */
    static Optional<Query> of(List<MyCouncil> memberships, SearchQuery request, Analyzer analyzer) {
        Map<Set<Audience>, Set<String>> councilsByAudience = new LinkedHashMap<>();
        for (MyCouncil m : memberships) {
            if (!m.role().may(CouncilAction.READ)
                    || (request.councilId() != null && m.councilId() != request.councilId())) {
                continue;
            }
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            for (Audience a : Audience.values()) {
                if (a.readableBy(m.role())) {
                    audiences.add(a);
                }
            }
            councilsByAudience.computeIfAbsent(audiences, a -> new TreeSet<>()).add(Long.toString(m.councilId()));
        }
        if (councilsByAudience.isEmpty() || (request.kind() != null && request.kind().isPublic())) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        councilsByAudience.forEach((audiences, councils) -> any.add(new BooleanQuery.Builder()
                .add(terms(IndexDocuments.COUNCIL, councils), Occur.FILTER)
                .add(terms(IndexDocuments.AUDIENCE, audiences.stream().map(Enum::name).toList()), Occur.FILTER)
                .build(), Occur.SHOULD));
        any.setMinimumNumberShouldMatch(1);
        return Optional.of(narrowed(any.build(), request, analyzer));
    }

    /** Only what the public portal shows, of every council or one. */
    static Query published(SearchQuery request, Analyzer analyzer) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.AUDIENCE, Audience.PUBLIC.name())), Occur.FILTER);
        if (request.councilId() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.COUNCIL, request.councilId().toString())), Occur.FILTER);
        }
        return narrowed(filter.build(), request, analyzer);
    }

    private static Query narrowed(Query readable, SearchQuery request, Analyzer analyzer) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(readable, Occur.FILTER);
        if (request.kind() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.KIND, request.kind().name())), Occur.FILTER);
        }
        if (request.planId() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.PLAN, request.planId().toString())), Occur.FILTER);
        }
        if (request.group() != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.GROUP, request.group().name())), Occur.FILTER);
        }
        if (request.author() != null && !request.author().isBlank()) {
            String author = request.author().strip();
            author = author.length() > MAX_AUTHOR ? author.substring(0, MAX_AUTHOR) : author;
            Query words = new QueryBuilder(analyzer).createBooleanQuery(IndexDocuments.AUTHOR_WORDS, author, Occur.MUST);
            // A name with no word in it (only punctuation) narrows to nothing rather than to everything.
            filter.add(words == null ? new TermQuery(new Term(IndexDocuments.ID, "")) : words, Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            filter.add(LongPoint.newRangeQuery(IndexDocuments.AT_POINT, from, to), Occur.FILTER);
        }
        return filter.build();
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
