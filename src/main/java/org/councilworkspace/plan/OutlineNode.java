package org.councilworkspace.plan;

import java.util.List;

/**
 * One section in outline order, numbered by its place in the tree (1, 1.2, 1.2.3). Archived sections
 * carry no number.
 */
public record OutlineNode(long sectionId, Long parentId, String number, int depth, String title, SectionState state,
                          boolean archived, Long currentRevisionId, int revisionNo, List<Lead> leads, int version) {

    public String numberedTitle() {
        return number.isEmpty() ? title : number + " " + title;
    }
}
