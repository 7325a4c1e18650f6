package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "What needs me": minutes I must approve (as chair) and invitations to coming meetings I have not answered. */
@Component
class MeetingTasks implements OpenTasks {

    static final String MINUTES = "MINUTES_TO_APPROVE";
    static final String RSVP = "MEETING_TO_ANSWER";
    private static final int LIMIT = 20;

    private final MeetingTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    MeetingTasks(MeetingTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OpenTask> tasks = new ArrayList<>();
        repository.minutesToApprove(me, today, now, LIMIT).forEach(m -> tasks.add(task(MINUTES, "tasks.minutes", m)));
        repository.unanswered(me, today, now, LIMIT).forEach(m -> tasks.add(task(RSVP, "tasks.rsvp", m)));
        return tasks;
    }

    private static OpenTask task(String kind, String key, MeetingTaskRepository.MeetingRef m) {
        return new OpenTask(kind, m.councilName(), 1, key, List.of(m.title()), "meetings/" + m.meetingId());
    }
}
