package org.councilworkspace.plan;

/**
 * A section as its page shows it: the outline entry, the newest revision (null before the first save),
 * and whether the person looking may edit it.
 */
public record SectionDraft(Plan plan, OutlineNode section, Revision current, boolean editable) {

    public String text() {
        return current == null ? "" : current.body();
    }

    public Long revisionId() {
        return current == null ? null : current.id();
    }
}
