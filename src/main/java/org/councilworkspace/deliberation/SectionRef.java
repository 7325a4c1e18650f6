package org.councilworkspace.deliberation;

/** The facts about a section that deliberation needs: where it belongs and its current revision. */
record SectionRef(long sectionId, long planId, long councilId, Long currentRevisionId, String title) {
}
