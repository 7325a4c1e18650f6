package org.councilworkspace.consensus;

import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons members give for their current positions, for the search index. Every council member reads
 * positions (the matrix and its cells check READ), so each carries the COUNCIL audience. A plan's positions are
 * one scope: a new position supersedes the holder's earlier one on the same subject.
 */
@Component
@Transactional(readOnly = true)
public class PositionTexts implements IndexedTexts {

    private static final int PAGE = 500;
    private static final String SCOPE = "positions:";

    private final PositionTextRepository repository;

    PositionTexts(PositionTextRepository repository) {
        this.repository = repository;
    }

    /** The scope an event changed: the plan's positions when a position was recorded; null otherwise. */
    public static String scopeOf(ConsensusChanged event) {
        return "POSITION".equals(event.objectType()) ? SCOPE + event.planId() : null;
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        long after = 0;
        List<PositionTextRepository.Row> page;
        do {
            page = repository.page(after, PAGE);
            page.stream().map(PositionTexts::text).forEach(consumer);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
    }

    @Override
    public List<IndexedText> scope(String scope) {
        if (!scope.startsWith(SCOPE)) {
            return List.of();
        }
        return repository.ofPlan(Long.parseLong(scope.substring(SCOPE.length()))).stream()
                .map(PositionTexts::text).toList();
    }

    private static IndexedText text(PositionTextRepository.Row r) {
        return new IndexedText("POSITION", "position:" + r.id(), List.of(SCOPE + r.planId()), r.councilId(), "COUNCIL",
                r.planId(), r.sectionId(), r.planId(), null, r.subject(), r.reason(), r.holder(), r.group(),
                r.createdAt());
    }
}
