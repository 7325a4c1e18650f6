package org.councilworkspace.document;

/**
 * What the first page of a circulated document says. Every field but the title may be null (an agenda has no
 * cycle); the labels are already in the document's language, e.g. "Draft for consultation".
 */
public record TitlePage(String council, String title, String cycle, String versionLabel, String date,
                        String status) {
}
