package org.councilworkspace.deliberation;

/**
 * A new thread. For a thread on a passage: the revision the reader saw, the selected text and the text the
 * browser found before and after it (any length; only the ends near the selection matter). All three null for a
 * thread on the section as a whole.
 */
public record NewThread(Long revisionId, String quote, String textBefore, String textAfter, Visibility visibility,
                        String body) {

    public static NewThread onSection(Visibility visibility, String body) {
        return new NewThread(null, null, null, null, visibility, body);
    }
}
