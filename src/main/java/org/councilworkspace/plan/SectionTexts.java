package org.councilworkspace.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current text of sections for the search index, which runs after commits and at start-up with nobody signed
 * in. So nothing here checks a reader: every text carries its council, and the index applies the readers' rules
 * to each search. Not for showing text to a person (that is {@link DraftingService}).
 */
@Component
@Transactional(readOnly = true)
public class SectionTexts {

    private static final int PAGE = 500;

    private final SectionTextRepository repository;
    // Uncached: a rebuild renders every section once, which would only push the pages' texts out of the cache.
    private final MarkdownRenderer renderer = MarkdownRenderer.uncached();

    SectionTexts(SectionTextRepository repository) {
        this.repository = repository;
    }

    public Optional<IndexedSection> section(long sectionId) {
        return repository.one(sectionId).stream().map(this::text).findFirst();
    }

    /** Every section of the plan, archived ones included. */
    public List<IndexedSection> ofPlan(long planId) {
        return repository.ofPlan(planId).stream().map(this::text).toList();
    }

    /** Every section of every plan, in pages, so a large database never sits in memory at once. */
    public void forEach(Consumer<IndexedSection> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), r -> r.sectionId(),
                r -> consumer.accept(text(r)));
    }

    private IndexedSection text(SectionTextRepository.Row r) {
        // The words a reader sees on the page, without Markdown's marks; blocks are separated by a space.
        String plain = r.body().isEmpty() ? "" : Jsoup.parse(renderer.toSafeHtml(r.body())).text();
        return new IndexedSection(r.sectionId(), r.planId(), r.councilId(), r.planTitle(), r.title(), plain,
                r.changedAt(), r.archived());
    }
}
