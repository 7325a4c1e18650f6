package org.councilworkspace.deliberation;

import org.councilworkspace.plan.text.MarkdownRenderer;
import org.springframework.stereotype.Component;

/** The readable text of a revision, as the section page renders it; the basis of every anchor. */
@Component
class Passages {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final CommentRepository repository;

    Passages(CommentRepository repository) {
        this.repository = repository;
    }

    String plainText(long sectionId, Long revisionId) {
        if (revisionId == null) {
            return "";
        }
        String body = repository.revisionBody(sectionId, revisionId)
                .orElseThrow(() -> new org.councilworkspace.base.NotFoundException("Revision"));
        return PassageText.of(renderer.toSafeHtml(body)).text();
    }
}
