package org.councilworkspace.consultation;

import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.stereotype.Component;

/** Resolves a round to its council and lets only those who run consultations there (chair, vice-chair, secretariat) in. */
@Component
class ConsultationAccess {

    record RoundContext(ConsultationRound round, CouncilMember member) {
    }

    private final AccessGuard guard;
    private final RoundRepository rounds;

    ConsultationAccess(AccessGuard guard, RoundRepository rounds) {
        this.guard = guard;
        this.rounds = rounds;
    }

    RoundContext round(long roundId) {
        ConsultationRound round = rounds.find(roundId).orElseThrow(() -> new NotFoundException("Round"));
        return new RoundContext(round, guard.require(round.councilId(), CouncilAction.MANAGE_CONSULTATION));
    }

    CouncilMember council(long councilId) {
        return guard.require(councilId, CouncilAction.MANAGE_CONSULTATION);
    }
}
