package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.base.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Amendments on the agenda: links to an amendment of the council's plans, and one-click suggestions for the
 * amendments still open (or conflicting) that a meeting could decide.
 */
@Component
@Order(20)
class AmendmentLinks implements AgendaLinkResolver, AgendaSuggestionSource {

    static final String OPEN = "meeting.suggest.open-amendment";
    private static final int MAX_SUGGESTED = 50;

    private final CouncilPlans plans;
    private final AmendmentService amendments;

    AmendmentLinks(CouncilPlans plans, AmendmentService amendments) {
        this.plans = plans;
        this.amendments = amendments;
    }

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.AMENDMENT;
    }

    @Override
    public Optional<LinkTarget> resolve(long councilId, long targetId) {
        try {
            Amendment a = amendments.amendment(targetId);
            if (plans.plans(councilId).stream().noneMatch(p -> p.id() == a.planId())) {
                return Optional.empty();
            }
            return Optional.of(new LinkTarget(title(a), AmendmentService.link(a.planId(), a.id())));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<LinkChoice> choices(long councilId) {
        List<LinkChoice> out = new ArrayList<>();
        undecided(councilId).forEach(a -> out.add(new LinkChoice(new AgendaLink(AgendaLinkKind.AMENDMENT, a.id()),
                title(a))));
        return out;
    }

    @Override
    public List<AgendaSuggestion> suggestions(long councilId) {
        return undecided(councilId).stream().limit(MAX_SUGGESTED)
                .map(a -> new AgendaSuggestion(AgendaLinkKind.AMENDMENT, a.id(), title(a), OPEN,
                        AgendaPurpose.DECISION))
                .toList();
    }

    private List<Amendment> undecided(long councilId) {
        List<Amendment> out = new ArrayList<>();
        for (var plan : plans.plans(councilId)) {
            if (!plan.status().textLocked()) {
                out.addAll(amendments.list(plan.id(), Set.of(AmendmentState.OPEN, AmendmentState.CONFLICTING), 0,
                        MAX_SUGGESTED));
            }
        }
        return out;
    }

    private static String title(Amendment a) {
        return "#" + a.id() + " · " + a.sectionTitle() + " (" + a.proposerName() + ")";
    }
}
