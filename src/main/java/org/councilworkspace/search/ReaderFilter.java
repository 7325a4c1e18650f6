package org.councilworkspace.search;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.security.CouncilAction;

/**
 * What a person may find: documents of the councils they currently belong to in a role that reads, and of those
 * only the audiences their role reads there ({@link Audience#readableBy}, which defers to each feature's rule).
 * The councils are grouped by what their role reads, so the filter stays small however many councils a person is
 * in. The search's own filters (plan, kind, author, group, dates) narrow it further. Every engine applies the
 * result as it is, so the rule is written once.
 */
final class ReaderFilter {

    /** Characters of an author filter that are used. */
    static final int MAX_AUTHOR = 200;

    private ReaderFilter() {
    }

    /** Empty when nothing is readable (no council, or the chosen council is not one of them). */
    static Optional<EngineQuery> of(List<MyCouncil> memberships, SearchQuery request, List<String> parts, int max) {
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
        List<EngineQuery.Readers> readers = councilsByAudience.entrySet().stream()
                .map(e -> new EngineQuery.Readers(e.getValue(), names(e.getKey()))).toList();
        return Optional.of(narrowed(readers, request, parts, max));
    }

    /** Only what the public portal shows, of every council or one. */
    static EngineQuery published(SearchQuery request, List<String> parts, int max) {
        Set<String> councils = request.councilId() == null ? null : Set.of(request.councilId().toString());
        return narrowed(List.of(new EngineQuery.Readers(councils, Set.of(Audience.PUBLIC.name()))), request, parts,
                max);
    }

    private static EngineQuery narrowed(List<EngineQuery.Readers> readers, SearchQuery request, List<String> parts,
                                        int max) {
        String author = null;
        if (request.author() != null && !request.author().isBlank()) {
            author = request.author().strip();
            author = author.length() > MAX_AUTHOR ? author.substring(0, MAX_AUTHOR) : author;
        }
        Long from = request.from() == null ? null
                : request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Long to = request.to() == null ? null
                : request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return new EngineQuery(parts, readers, request.kind(), request.planId(),
                request.group() == null ? null : request.group().name(), author, from, to,
                request.order() == null ? SearchOrder.RELEVANCE : request.order(), max);
    }

    private static Set<String> names(Set<Audience> audiences) {
        return audiences.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
