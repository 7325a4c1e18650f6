package org.councilworkspace.council;

import java.time.LocalDate;
import org.councilworkspace.security.CouncilRole;

/** A council I belong to, with my role in it. */
public record MyCouncil(long councilId, String name, CouncilKind kind, Long parentId, LocalDate termStart,
                        LocalDate termEnd, CouncilRole role) {
}
