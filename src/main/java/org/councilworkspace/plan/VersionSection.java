package org.councilworkspace.plan;

/** A section as frozen in a plan version. */
public record VersionSection(long sectionId, Long parentSectionId, int ordinal, int depth, String number,
                             String title, Long revisionId, String body) {

    public String numberedTitle() {
        return number + " " + title;
    }
}
