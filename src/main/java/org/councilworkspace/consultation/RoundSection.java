package org.councilworkspace.consultation;

/** A consulted section as frozen in the round's plan version. */
public record RoundSection(long sectionId, int depth, String number, String title, String body) {

    public String numberedTitle() {
        return number == null || number.isEmpty() ? title : number + " " + title;
    }
}
