package org.councilworkspace.meeting;

/** Something in the council an agenda item or decision can be linked to, with its title. */
public record LinkChoice(AgendaLink link, String title) {
}
