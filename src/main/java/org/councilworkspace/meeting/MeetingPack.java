package org.councilworkspace.meeting;

import java.util.List;

/**
 * What goes out before a meeting: the agenda and, from the frozen plan version the meeting discusses, the text
 * of every section the agenda links to.
 */
public record MeetingPack(Agenda agenda, List<Document> documents) {

    /** A linked section as frozen in the meeting's plan version (Markdown). */
    public record Document(long agendaItemId, String title, String markdown) {
    }
}
