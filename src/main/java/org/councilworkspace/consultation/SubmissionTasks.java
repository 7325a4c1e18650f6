package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What needs me" for the secretariat: submissions of closed rounds that have no response yet. Submissions are not
 * assigned to people, so the whole secretariat of the council sees them.
 */
@Component
class SubmissionTasks implements OpenTasks {

    static final String KIND = "SUBMISSIONS_TO_ANSWER";
    private static final int LIMIT = 20;

    private final SubmissionTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    SubmissionTasks(SubmissionTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        return repository.unanswered(me, LocalDate.now(clock), LIMIT).stream()
                .map(r -> new OpenTask(KIND, r.councilName(), r.unanswered(), "tasks.submissions",
                        List.of(r.title()), "consultations/" + r.roundId()))
                .toList();
    }
}
