package org.councilworkspace.consultation;

import org.springframework.stereotype.Component;

/**
 * Keeps a closed round's status in step with its answers: RESPONDED once every visible submission has an
 * answer, back to CLOSED if one becomes unanswered again (a hidden comment shown again). Called by the
 * services inside their transactions, after they checked permissions.
 */
@Component
class RoundProgressKeeper {

    private final RoundRepository rounds;
    private final SubmissionRepository submissions;

    RoundProgressKeeper(RoundRepository rounds, SubmissionRepository submissions) {
        this.rounds = rounds;
        this.submissions = submissions;
    }

    void settle(long roundId) {
        RoundProgress progress = submissions.progress(roundId);
        if (progress.unanswered() == 0) {
            rounds.changeStatus(roundId, RoundStatus.CLOSED, RoundStatus.RESPONDED);
        } else {
            rounds.changeStatus(roundId, RoundStatus.RESPONDED, RoundStatus.CLOSED);
        }
    }
}
