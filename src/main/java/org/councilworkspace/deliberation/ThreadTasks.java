package org.councilworkspace.deliberation;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": the sections I lead that have open comment threads, with how many. */
@Component
class ThreadTasks extends OpenTaskQueries {

    static final String KIND = "OPEN_THREADS_ON_LED_SECTION";

    private final ThreadTaskRepository repository;

    ThreadTasks(ThreadTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 30);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        return each(repository.openThreadsOnLedSections(asked), s -> new OpenTask(KIND, s.councilName(),
                s.count(), "tasks.threads", List.of(s.title()),
                "plans/" + s.planId() + "/sections/" + s.sectionId()));
    }
}
