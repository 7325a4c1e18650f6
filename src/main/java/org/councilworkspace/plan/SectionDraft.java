package org.councilworkspace.plan;

/**
 * A section as its page shows it: the outline entry, the newest revision (null before the first save),
 * and whether the person looking may edit it (and if not, why).
 */
public record SectionDraft(Plan plan, OutlineNode section, Revision current, EditRight editRight) {

    public boolean editable() {
        return editRight == EditRight.EDITABLE;
    }

    public String text() {
        return current == null ? "" : current.body();
    }

    public Long revisionId() {
        return current == null ? null : current.id();
    }
}
