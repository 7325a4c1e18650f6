package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.RoundStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Consultation rounds on the agenda: links to a round of the council, and one-click suggestions for closed rounds
 * whose comments still need answers. Rounds are managed by the same people who run meetings, so a reader who may
 * not see the council's rounds gets no choices or suggestions here, and a link leads them where anyone may go:
 * the open public round's page, or the published results; otherwise the item shows its title without a link.
 */
@Component
@Order(30)
class RoundLinks implements AgendaLinkResolver, AgendaSuggestionSource {

    static final String UNANSWERED = "meeting.suggest.unanswered-round";

    private final RoundService rounds;
    private final ReviewService review;
    private final PublicConsultation publicSide;

    RoundLinks(RoundService rounds, ReviewService review, PublicConsultation publicSide) {
        this.rounds = rounds;
        this.review = review;
        this.publicSide = publicSide;
    }

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.ROUND;
    }

    @Override
    public Optional<LinkTarget> resolve(long councilId, long targetId) {
        // Asked first rather than caught: a refusal thrown inside the caller's transaction would doom it.
        if (rounds.mayManage(councilId)) {
            return rounds.rounds(councilId).stream().filter(r -> r.id() == targetId).findFirst()
                    .map(r -> new LinkTarget(r.title(), "consultations/" + r.id()));
        }
        // Public pages are on the portal, outside the workspace; this address leads there in the browser's language.
        Optional<LinkTarget> results = publicSide.findPublishedRound(targetId).filter(r -> r.councilId() == councilId)
                .map(r -> new LinkTarget(r.title(), "/consult/" + r.id() + "/results"));
        if (results.isPresent()) {
            return results;
        }
        return publicSide.findPublicRound(targetId).map(PublicConsultation.OpenRound::round)
                .filter(r -> r.councilId() == councilId)
                .map(r -> new LinkTarget(r.title(), "/consult/" + r.id()));
    }

    @Override
    public List<LinkChoice> choices(long councilId) {
        List<LinkChoice> out = new ArrayList<>();
        for (ConsultationRound round : visibleRounds(councilId)) {
            out.add(new LinkChoice(new AgendaLink(AgendaLinkKind.ROUND, round.id()), round.title()));
        }
        return out;
    }

    @Override
    public List<AgendaSuggestion> suggestions(long councilId) {
        List<AgendaSuggestion> out = new ArrayList<>();
        for (ConsultationRound round : visibleRounds(councilId)) {
            if (round.status() == RoundStatus.CLOSED && review.progress(round.id()).unanswered() > 0) {
                out.add(new AgendaSuggestion(AgendaLinkKind.ROUND, round.id(), round.title(), UNANSWERED,
                        AgendaPurpose.DISCUSSION));
            }
        }
        return out;
    }

    private List<ConsultationRound> visibleRounds(long councilId) {
        if (!rounds.mayManage(councilId)) {
            return List.of();
        }
        return rounds.rounds(councilId);
    }
}
