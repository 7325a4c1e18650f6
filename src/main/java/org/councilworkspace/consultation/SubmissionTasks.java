package org.councilworkspace.consultation;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/**
 * "What needs me" for the secretariat: submissions of closed rounds that have no response yet. Submissions are not
 * assigned to people, so the whole secretariat of the council sees them.
 */
@Component
class SubmissionTasks extends OpenTaskQueries {

    static final String KIND = "SUBMISSIONS_TO_ANSWER";

    private final SubmissionTaskRepository repository;

    SubmissionTasks(SubmissionTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 20);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        return each(repository.unanswered(asked), r -> new OpenTask(KIND, r.councilName(), r.unanswered(),
                "tasks.submissions", List.of(r.title()), "consultations/" + r.roundId()));
    }
}
