package org.councilworkspace.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.security.CouncilAction;

/**
 * What a person may find: documents of the councils they currently belong to in a role that reads, and of those
 * only the audiences their role reads there ({@link Visibility#readableBy}, the rule the thread pages use). The
 * councils are grouped by what their role reads, so the filter stays small however many councils a person is in.
 */
final class ReaderFilter {

    private ReaderFilter() {
    }

    /** Empty when nothing is readable (no council, or the chosen council is not one of them). */
    static Optional<Query> of(List<MyCouncil> memberships, Long onlyCouncil, SearchKind onlyKind) {
        Map<Set<Visibility>, Set<String>> councilsByAudience = new LinkedHashMap<>();
        for (MyCouncil m : memberships) {
            if (!m.role().may(CouncilAction.READ) || (onlyCouncil != null && m.councilId() != onlyCouncil)) {
                continue;
            }
            Set<Visibility> audiences = EnumSet.noneOf(Visibility.class);
            for (Visibility v : Visibility.values()) {
                if (v.readableBy(m.role())) {
                    audiences.add(v);
                }
            }
            councilsByAudience.computeIfAbsent(audiences, a -> new TreeSet<>()).add(Long.toString(m.councilId()));
        }
        if (councilsByAudience.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        councilsByAudience.forEach((audiences, councils) -> any.add(new BooleanQuery.Builder()
                .add(terms(IndexDocuments.COUNCIL, councils), Occur.FILTER)
                .add(terms(IndexDocuments.AUDIENCE, audiences.stream().map(Enum::name).toList()), Occur.FILTER)
                .build(), Occur.SHOULD));
        any.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(any.build(), Occur.FILTER);
        if (onlyKind != null) {
            filter.add(new TermQuery(new Term(IndexDocuments.KIND, onlyKind.name())), Occur.FILTER);
        }
        return Optional.of(filter.build());
    }

    private static Query terms(String field, java.util.Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
