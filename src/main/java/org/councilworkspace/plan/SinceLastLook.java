package org.councilworkspace.plan;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;

/**
 * What changed on a section since the person last looked at it, as its page says it: when they looked, the revision
 * they saw then and the one there is now, how many revisions others saved since and who, and what other features
 * count as new (comments, amendments). The calendar is the council's, for the date of the last look.
 */
public record SinceLastLook(OffsetDateTime lookedAt, Long seenRevisionId, Long currentRevisionId, int revisions,
                            List<String> authors, List<NewSinceLook.NewThings> others, CalendarSystem calendar) {

    public SinceLastLook {
        authors = List.copyOf(authors);
        others = others.stream().filter(o -> o.count() > 0).toList();
    }

    /** Whether anything at all is new: nothing new means no notice. */
    public boolean anything() {
        return revisions > 0 || !others.isEmpty();
    }
}
