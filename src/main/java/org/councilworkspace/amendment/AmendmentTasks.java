package org.councilworkspace.amendment;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": the sections I lead with amendments awaiting my decision, with how many. */
@Component
class AmendmentTasks extends OpenTaskQueries {

    static final String KIND = "AMENDMENTS_TO_DECIDE";

    private final AmendmentTaskRepository repository;

    AmendmentTasks(AmendmentTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 30);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        return each(repository.toDecide(asked), s -> new OpenTask(KIND, s.councilName(), s.count(),
                "tasks.amendments", List.of(s.title()), "plans/" + s.planId() + "/sections/" + s.sectionId()));
    }
}
