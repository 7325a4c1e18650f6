package org.councilworkspace.council;

import java.time.LocalDate;

/** What anyone may know of a council that publishes: what it is and its term, not its internal settings. */
public record PublicCouncil(long id, String name, CouncilKind kind, String mandate, String parentName,
                            LocalDate termStart, LocalDate termEnd, boolean membersPublic) {
}
