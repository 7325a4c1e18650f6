package org.councilworkspace.meeting;

/** What an agenda item or a decision can point at; each kind is resolved by an {@link AgendaLinkResolver}. */
public enum AgendaLinkKind {
    SECTION, AMENDMENT, ROUND, VERSION
}
