package org.councilworkspace.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": minutes I must approve (as chair) and invitations to coming meetings I have not answered. */
@Component
class MeetingTasks extends OpenTaskQueries {

    static final String MINUTES = "MINUTES_TO_APPROVE";
    static final String RSVP = "MEETING_TO_ANSWER";

    private final MeetingTaskRepository repository;

    MeetingTasks(MeetingTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 20);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        List<OpenTask> tasks = new ArrayList<>(each(repository.minutesToApprove(asked),
                m -> task(MINUTES, "tasks.minutes", m)));
        tasks.addAll(each(repository.unanswered(asked), m -> task(RSVP, "tasks.rsvp", m)));
        return tasks;
    }

    private static OpenTask task(String kind, String key, MeetingTaskRepository.MeetingRef m) {
        return new OpenTask(kind, m.councilName(), 1, key, List.of(m.title()), "meetings/" + m.meetingId());
    }
}
