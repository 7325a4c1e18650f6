package org.councilworkspace.consensus;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.base.KeysetPages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons members give for their current positions, for the search index. Every council member reads
 * positions (the matrix and its cells check READ), so each carries the COUNCIL audience. The positions on one
 * subject (a section, or the plan as a whole) are one scope: a new position supersedes the holder's earlier one.
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

    /** The scope an event changed: the positions on the subject of a position just recorded. */
    public Optional<String> scopeOf(ConsensusChanged event) {
        if (!"POSITION".equals(event.objectType()) || event.objectId() == null) {
            return Optional.empty();
        }
        return repository.subjectOf(Long.parseLong(event.objectId())).map(s -> scope(s[0], s[1]));
    }

    private static String scope(long planId, Long sectionId) {
        return SCOPE + planId + ":" + (sectionId == null ? "plan" : sectionId.toString());
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), r -> r.id(),
                r -> consumer.accept(PositionTexts.text(r)));
    }

    @Override
    public List<IndexedText> scope(String scope) {
        if (!scope.startsWith(SCOPE)) {
            return List.of();
        }
        String[] subject = scope.substring(SCOPE.length()).split(":");
        return repository.onSubject(Long.parseLong(subject[0]), "plan".equals(subject[1]) ? null
                : Long.valueOf(subject[1])).stream().map(PositionTexts::text).toList();
    }

    private static IndexedText text(PositionTextRepository.Row r) {
        return new IndexedText("POSITION", "position:" + r.id(), List.of(scope(r.planId(), r.sectionId())), r.councilId(), "COUNCIL",
                r.planId(), r.sectionId(), r.planId(), null, r.subject(), r.reason(), r.holder(), r.group(),
                r.createdAt());
    }
}
