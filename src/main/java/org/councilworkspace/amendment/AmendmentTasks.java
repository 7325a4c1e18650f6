package org.councilworkspace.amendment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "What needs me": the sections I lead with amendments awaiting my decision, with how many. */
@Component
class AmendmentTasks implements OpenTasks {

    static final String KIND = "AMENDMENTS_TO_DECIDE";
    private static final int LIMIT = 30;

    private final AmendmentTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    AmendmentTasks(AmendmentTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        return repository.toDecide(me, LocalDate.now(clock), LIMIT).stream()
                .map(s -> new OpenTask(KIND, s.councilName(), s.openAmendments(), "tasks.amendments",
                        List.of(s.title()), "plans/" + s.planId() + "/sections/" + s.sectionId()))
                .toList();
    }
}
