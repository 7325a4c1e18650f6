package org.councilworkspace.amendment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments for the search index: the proposed text, its rationale, the decision's reason and the reasons of
 * members' support and opposition. Every council member reads amendments (as {@link AmendmentService#amendment}
 * checks), so each carries the COUNCIL audience. Nothing here checks a reader; not for showing amendments.
 */
@Component
@Transactional(readOnly = true)
public class AmendmentTexts implements IndexedTexts {

    private static final int PAGE = 500;
    private static final String SCOPE = "amendment:";

    private final AmendmentTextRepository repository;
    // Uncached: a rebuild renders every amendment once, which would only push the pages' texts out of the cache.
    private final MarkdownRenderer renderer = MarkdownRenderer.uncached();

    AmendmentTexts(AmendmentTextRepository repository) {
        this.repository = repository;
    }

    /** The scope an event changed: the amendment it is about. */
    public static String scopeOf(AmendmentChanged event) {
        return SCOPE + event.amendmentId();
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), r -> r.id(),
                r -> consumer.accept(text(r)));
    }

    @Override
    public List<IndexedText> scope(String scope) {
        if (!scope.startsWith(SCOPE)) {
            return List.of();
        }
        return repository.one(Long.parseLong(scope.substring(SCOPE.length()))).stream().map(this::text).toList();
    }

    private IndexedText text(AmendmentTextRepository.Row r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.rationale());
        if (r.decisionReason() != null) {
            parts.add(r.decisionReason());
        }
        if (r.opinions() != null) {
            parts.add(r.opinions());
        }
        parts.add(Jsoup.parse(renderer.toSafeHtml(r.proposedText())).text());
        return new IndexedText("AMENDMENT", SCOPE + r.id(), List.of(SCOPE + r.id()), r.councilId(), "COUNCIL", r.planId(),
                r.sectionId(), r.id(), null, r.sectionTitle(), String.join("\n", parts), r.proposer(), r.group(),
                r.updatedAt());
    }
}
