package org.councilworkspace.meeting;

import java.util.List;
import java.util.Optional;

/**
 * Finds the title and page of one kind of link target. Other features plug in their own kinds (amendments,
 * consultation rounds) by providing a Spring bean of this type.
 */
public interface AgendaLinkResolver {

    AgendaLinkKind kind();

    /**
     * The target, if it exists in this council and the signed-in person may read it; empty otherwise, which
     * makes the meetings feature refuse the link.
     */
    Optional<LinkTarget> resolve(long councilId, long targetId);

    /** What the secretariat may pick by hand when linking an agenda item to this kind (none by default). */
    default List<LinkChoice> choices(long councilId) {
        return List.of();
    }
}
