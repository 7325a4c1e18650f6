package org.councilworkspace.meeting;

import java.util.List;

/**
 * Offers agenda suggestions for a council's meetings. Every Spring bean of this type is asked; features add
 * their own (open amendments, closed consultation rounds still needing responses) without touching this one.
 * Called inside the meetings service after it has checked that the caller manages the council's meetings.
 */
public interface AgendaSuggestionSource {

    List<AgendaSuggestion> suggestions(long councilId);
}
