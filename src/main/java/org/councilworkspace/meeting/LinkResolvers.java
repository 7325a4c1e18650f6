package org.councilworkspace.meeting;

import java.util.Optional;
import org.councilworkspace.base.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Finds the resolver for a link's kind; a link nobody can resolve in the council is refused. */
@Component
class LinkResolvers {

    // A provider, not a list: resolvers read other features' services, so they are looked up when needed.
    private final ObjectProvider<AgendaLinkResolver> resolvers;

    LinkResolvers(ObjectProvider<AgendaLinkResolver> resolvers) {
        this.resolvers = resolvers;
    }

    Optional<LinkTarget> resolve(long councilId, AgendaLink link) {
        return resolvers.orderedStream().filter(r -> r.kind() == link.kind()).findFirst()
                .flatMap(r -> r.resolve(councilId, link.targetId()));
    }

    /** The title to keep with the link, or null without a link. */
    String requireTitle(long councilId, AgendaLink link, String field) {
        if (link == null) {
            return null;
        }
        return resolve(councilId, link).map(LinkTarget::title)
                .orElseThrow(() -> new InvalidInputException(field, "meeting.link-invalid"));
    }

    /** What can be linked by hand in the council, from every resolver. */
    java.util.List<LinkChoice> choices(long councilId) {
        return resolvers.orderedStream().flatMap(r -> r.choices(councilId).stream()).toList();
    }
}
