package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.RoundStatus;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Consultation rounds on the agenda: links to a round of the council, and one-click suggestions for closed rounds
 * whose comments still need answers. Rounds are managed by the same people who run meetings, so a reader who may
 * not see the council's rounds gets no choices or suggestions here.
 */
@Component
@Order(30)
class RoundLinks implements AgendaLinkResolver, AgendaSuggestionSource {

    static final String UNANSWERED = "meeting.suggest.unanswered-round";

    private final RoundService rounds;
    private final ReviewService review;

    RoundLinks(RoundService rounds, ReviewService review) {
        this.rounds = rounds;
        this.review = review;
    }

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.ROUND;
    }

    @Override
    public Optional<LinkTarget> resolve(long councilId, long targetId) {
        try {
            ConsultationRound round = rounds.round(targetId);
            if (round.councilId() != councilId) {
                return Optional.empty();
            }
            return Optional.of(new LinkTarget(round.title(), "consultations/" + round.id()));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
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
