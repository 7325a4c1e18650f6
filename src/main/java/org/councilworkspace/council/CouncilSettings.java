package org.councilworkspace.council;

import java.time.LocalDate;
import org.councilworkspace.base.CalendarSystem;

/**
 * What is entered to create a council (or change its settings). The document language is a tag of the supported
 * languages ("en", "ja", "th"); with the calendar it decides how the council's documents and dates read.
 */
public record CouncilSettings(String name, CouncilKind kind, String mandate, Long parentId, LocalDate termStart,
                              LocalDate termEnd, ConsensusRule consensusRule, int majorityPercent, int quorumPercent,
                              boolean membersMayEdit, String documentLanguage, CalendarSystem calendar) {

    /** Settings that leave the language and calendar as they are (English and Gregorian for a new council). */
    public CouncilSettings(String name, CouncilKind kind, String mandate, Long parentId, LocalDate termStart,
                           LocalDate termEnd, ConsensusRule consensusRule, int majorityPercent, int quorumPercent,
                           boolean membersMayEdit) {
        this(name, kind, mandate, parentId, termStart, termEnd, consensusRule, majorityPercent, quorumPercent,
                membersMayEdit, null, null);
    }

    /** The defaults a kind suggests for a council starting on the given day. */
    public static CouncilSettings defaultsFor(CouncilKind kind, LocalDate start) {
        LocalDate end = kind.defaultTerm() == null ? null : start.plus(kind.defaultTerm()).minusDays(1);
        return new CouncilSettings("", kind, "", null, start, end, kind.defaultRule(), kind.defaultMajorityPercent(),
                kind.defaultQuorumPercent(), kind.membersMayEditByDefault(), "en", CalendarSystem.GREGORIAN);
    }
}
