package org.councilworkspace.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Agenda links to frozen versions of the council's plans. */
@Component
class VersionLinkResolver implements AgendaLinkResolver {

    private final CouncilPlans plans;

    VersionLinkResolver(CouncilPlans plans) {
        this.plans = plans;
    }

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.VERSION;
    }

    @Override
    public Optional<LinkTarget> resolve(long councilId, long targetId) {
        return plans.version(councilId, targetId).map(v -> new LinkTarget(
                v.plan().title() + " " + v.version().label(), "plans/" + v.plan().id() + "/versions/" + targetId));
    }

    @Override
    public List<LinkChoice> choices(long councilId) {
        return plans.versions(councilId).stream().map(v -> new LinkChoice(new AgendaLink(AgendaLinkKind.VERSION,
                v.version().id()), v.plan().title() + " " + v.version().label())).toList();
    }
}
