package org.councilworkspace.amendment;

/**
 * Where the proposer starts when updating an amendment: the section's newest revision and text, and the text
 * to edit. For a conflicting amendment that text is the merge with the disputed passages marked between
 * {@code <<<<<<< mine} and {@code >>>>>>> theirs} lines, so neither side's words are lost.
 */
public record UpdateDraft(Long baseRevisionId, String currentText, String text, boolean marked) {
}
