package org.councilworkspace.plan;

import java.util.List;

/**
 * One section in outline order, numbered by its place in the tree (1, 1.2, 1.2.3). Archived sections
 * carry no number. {@code substantiveRevisionId} is the newest revision that changed the meaning; editorial
 * changes after it leave positions on it standing.
 */
public record OutlineNode(long sectionId, Long parentId, String number, int depth, String title, SectionState state,
                          boolean archived, Long currentRevisionId, int revisionNo, List<Lead> leads, int version,
                          Long substantiveRevisionId) {

    /**
     * Whether a position or declaration given on {@code revisionId} still stands: it does when it is on the newest
     * text whose meaning changed, or later (editorial changes since then leave it standing).
     */
    public boolean standsOn(Long revisionId) {
        Long mark = substantiveRevisionId != null ? substantiveRevisionId : currentRevisionId;
        return revisionId != null && mark != null && revisionId >= mark;
    }

    public String numberedTitle() {
        return number.isEmpty() ? title : number + " " + title;
    }
}
