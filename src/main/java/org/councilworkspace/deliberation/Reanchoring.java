package org.councilworkspace.deliberation;

import java.util.Objects;
import java.util.Optional;
import org.councilworkspace.plan.SectionRevised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves every passage anchor of a section onto its new revision, in the transaction that saves it, so a thread is
 * never shown against text it no longer matches. Threads whose passage is gone become OUTDATED and keep their
 * original quote; if the passage comes back (a restore), they are anchored again.
 */
@Component
class Reanchoring {

    private final AnchorRepository anchors;
    private final Passages passages;

    Reanchoring(AnchorRepository anchors, Passages passages) {
        this.anchors = anchors;
        this.passages = passages;
    }

    @EventListener
    void onRevised(SectionRevised event) {
        var rows = anchors.anchored(event.sectionId());
        if (rows.isEmpty()) {
            return;
        }
        String text = passages.plainText(event.sectionId(), event.revisionId());
        java.util.List<AnchorRepository.AnchorRow> moved = new java.util.ArrayList<>();
        for (AnchorRepository.AnchorRow row : rows) {
            int hint = row.start() == null ? 0 : row.start();
            // An outdated passage only counts as back when it reappears word for word.
            Optional<AnchorFinder.Match> match = row.state() == AnchorState.OUTDATED
                    ? AnchorFinder.find(text, row.quote(), row.prefix(), row.suffix(), hint)
                            .filter(m -> text.startsWith(row.quote(), m.start()) && m.length() == row.quote().length())
                    : AnchorFinder.find(text, row.quote(), row.prefix(), row.suffix(), hint);
            AnchorState state = match.isPresent() ? AnchorState.ANCHORED : AnchorState.OUTDATED;
            Integer start = match.map(AnchorFinder.Match::start).orElse(null);
            Integer length = match.map(AnchorFinder.Match::length).orElse(null);
            if (state != row.state() || !Objects.equals(start, row.start()) || !Objects.equals(length, row.length())) {
                moved.add(new AnchorRepository.AnchorRow(row.id(), null, null, null, state, start, length));
            }
        }
        anchors.setAnchors(moved, event.revisionId());
    }
}
