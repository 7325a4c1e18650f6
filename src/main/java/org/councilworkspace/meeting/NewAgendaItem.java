package org.councilworkspace.meeting;

/** An agenda item as entered; presenter and link are optional. */
public record NewAgendaItem(String title, Integer minutesAllotted, String presenter, AgendaPurpose purpose,
                            AgendaLink link) {
}
