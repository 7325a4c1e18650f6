package org.councilworkspace.meeting;

/**
 * Something the secretariat may want on a meeting's agenda, offered with one-click adding.
 *
 * @param reasonKey a translation key saying why it is suggested (e.g. "meeting.suggest.contested")
 * @param purpose   the purpose the new agenda item gets
 */
public record AgendaSuggestion(AgendaLinkKind kind, long targetId, String title, String reasonKey,
                               AgendaPurpose purpose) {

    public AgendaLink link() {
        return new AgendaLink(kind, targetId);
    }
}
