package org.councilworkspace.meeting;

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
}
