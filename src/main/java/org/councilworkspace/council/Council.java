package org.councilworkspace.council;

import java.time.LocalDate;
import java.util.Locale;
import org.councilworkspace.base.CalendarSystem;

/** A council as its members see it. */
public record Council(long id, String name, CouncilKind kind, String mandate, Long parentId, String parentName,
                      LocalDate termStart, LocalDate termEnd, ConsensusRule consensusRule, int majorityPercent,
                      int quorumPercent, boolean membersMayEdit, int noticePeriodDays, int version,
                      String documentLanguage, CalendarSystem calendar) {

    /** The language the council's documents and exports are written in. */
    public Locale documentLocale() {
        return Locale.forLanguageTag(documentLanguage);
    }
}
