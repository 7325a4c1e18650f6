package org.councilworkspace.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of published plan versions for the public portal's search, read through {@link PublishedPlans}
 * (the portal's own published-only read), so a version that is not published is never indexed for the public.
 * Each version is one scope; a hit opens the version's portal page at the section's anchor.
 */
@Component
@Transactional(readOnly = true)
public class PublishedPlanTexts implements IndexedTexts {

    private static final int PAGE = 100;
    private static final String SCOPE = "version:";

    private final PublishedTextRepository repository;
    private final PublishedPlans published;
    private final PublishedVersionRepository publication;
    private final MarkdownRenderer renderer = MarkdownRenderer.uncached();

    PublishedPlanTexts(PublishedTextRepository repository, PublishedPlans published,
                       PublishedVersionRepository publication) {
        this.repository = repository;
        this.published = published;
        this.publication = publication;
    }

    /** The version an event published, if it published one. */
    public static Optional<String> scopeOf(PlanChanged event) {
        return "PLAN_VERSION".equals(event.objectType()) && event.objectId() != null
                ? Optional.of(SCOPE + event.objectId()) : Optional.empty();
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), Long::longValue,
                id -> version(id).forEach(consumer));
    }

    @Override
    public List<IndexedText> scope(String scope) {
        return scope.startsWith(SCOPE) ? version(Long.parseLong(scope.substring(SCOPE.length()))) : List.of();
    }

    private List<IndexedText> version(long versionId) {
        // Asked first: the published read answers "not found" with an exception, which would spoil the transaction.
        Optional<OffsetDateTime> at = publication.publishedAt(versionId);
        if (at.isEmpty()) {
            return List.of();
        }
        FrozenVersion v = published.version(versionId);
        String where = v.plan().title() + " " + v.info().label() + " · ";
        return v.sections().stream().map(s -> new IndexedText("PUBLIC_SECTION",
                "public-section:" + versionId + ":" + s.sectionId(), List.of(SCOPE + versionId), v.plan().councilId(),
                "PUBLIC", v.plan().id(), s.sectionId(), versionId, "s" + s.sectionId(), where + s.numberedTitle(),
                s.body() == null || s.body().isEmpty() ? "" : Jsoup.parse(renderer.toSafeHtml(s.body())).text(),
                null, null, at.get())).toList();
    }
}
