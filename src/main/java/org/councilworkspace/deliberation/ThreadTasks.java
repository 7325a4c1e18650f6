package org.councilworkspace.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "What needs me": the sections I lead that have open comment threads, with how many. */
@Component
class ThreadTasks implements OpenTasks {

    static final String KIND = "OPEN_THREADS_ON_LED_SECTION";
    private static final int LIMIT = 30;

    private final ThreadTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    ThreadTasks(ThreadTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        return repository.openThreadsOnLedSections(me, LocalDate.now(clock), LIMIT).stream()
                .map(s -> new OpenTask(KIND, s.councilName(), s.openThreads(), "tasks.threads", List.of(s.title()),
                        "plans/" + s.planId() + "/sections/" + s.sectionId()))
                .toList();
    }
}
