package org.councilworkspace.search;

import java.util.Arrays;
import java.util.List;

/**
 * What a hit is. The workspace's kinds are found by members as their roles allow; the PUBLIC_ ones are what the
 * public portal shows (published versions' sections, published meetings and their public papers, published
 * comment-response tables) and are found only by the portal's search.
 */
public enum SearchKind {
    SECTION, COMMENT, AMENDMENT, POSITION, SUBMISSION, ANSWER, AGENDA, MINUTES, MEASURE, KPI,
    /** The text of a file attached to a consultation submission; opens the submission's round. */
    ATTACHMENT,
    /** The text of a meeting's document (the papers of its agenda items); opens the meeting. */
    MEETING_DOCUMENT,
    PUBLIC_SECTION, PUBLIC_MINUTES, PUBLIC_ANSWER,
    /** The text of a public paper of a meeting the portal shows; opens the portal's meeting page at the paper. */
    PUBLIC_DOCUMENT;

    public boolean isPublic() {
        return name().startsWith("PUBLIC_");
    }

    /** The kinds a member can narrow a workspace search to. */
    public static List<SearchKind> workspace() {
        return Arrays.stream(values()).filter(k -> !k.isPublic()).toList();
    }
}
