package org.councilworkspace.meeting;

/** A link from an agenda item or decision to something in the council: a section, amendment, round or version. */
public record AgendaLink(AgendaLinkKind kind, long targetId) {
}
