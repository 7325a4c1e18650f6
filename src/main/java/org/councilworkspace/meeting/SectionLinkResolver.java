package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Agenda links to sections of the council's plans. */
@Component
class SectionLinkResolver implements AgendaLinkResolver {

    private final CouncilPlans plans;

    SectionLinkResolver(CouncilPlans plans) {
        this.plans = plans;
    }

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.SECTION;
    }

    @Override
    public Optional<LinkTarget> resolve(long councilId, long targetId) {
        return plans.section(councilId, targetId).map(s -> new LinkTarget(s.section().numberedTitle(),
                "plans/" + s.plan().id() + "/sections/" + targetId));
    }

    /** Sections of the council's plans still being drafted. */
    @Override
    public List<LinkChoice> choices(long councilId) {
        List<LinkChoice> choices = new ArrayList<>();
        for (var plan : plans.plans(councilId)) {
            if (!plan.status().textLocked()) {
                plans.sections(plan.id()).forEach(n -> choices.add(new LinkChoice(
                        new AgendaLink(AgendaLinkKind.SECTION, n.sectionId()), n.numberedTitle())));
            }
        }
        return choices;
    }
}
