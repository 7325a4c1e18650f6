package org.councilworkspace.deliberation;

import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments of threads for the search index, which runs after commits and at start-up with nobody signed in.
 * Nothing here checks a reader: every comment carries its council and its thread's visibility, and the index
 * applies {@link Visibility#readableBy} to each search. Not for showing comments to a person (that is
 * {@link ThreadQueries}).
 */
@Component
@Transactional(readOnly = true)
public class ThreadTexts {

    private static final int PAGE = 500;

    private final ThreadTextRepository repository;
    // Uncached: a rebuild renders every comment once, which would only push the pages' comments out of the cache.
    private final MarkdownRenderer renderer = MarkdownRenderer.uncached();

    ThreadTexts(ThreadTextRepository repository) {
        this.repository = repository;
    }

    /** Every comment of the thread, first to last; empty when there is no such thread. */
    public List<CommentText> thread(long threadId) {
        return repository.ofThread(threadId).stream().map(this::text).toList();
    }

    public List<Long> threadsOfSection(long sectionId) {
        return repository.threadsOfSection(sectionId);
    }

    /** Every comment in every thread, in pages, so a large database never sits in memory at once. */
    public void forEach(Consumer<CommentText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), r -> r.commentId(),
                r -> consumer.accept(text(r)));
    }

    private CommentText text(ThreadTextRepository.Row r) {
        return new CommentText(r.commentId(), r.threadId(), r.sectionId(), r.planId(), r.councilId(),
                Visibility.valueOf(r.visibility()), r.sectionTitle(), r.authorName(), r.authorGroup(),
                Jsoup.parse(renderer.toSafeHtml(r.body())).text(), r.writtenAt());
    }
}
