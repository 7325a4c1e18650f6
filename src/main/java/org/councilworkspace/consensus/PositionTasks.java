package org.councilworkspace.consensus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": positions I have not given in plans under deliberation, and my stale ones to confirm or change. */
@Component
class PositionTasks extends OpenTaskQueries {

    static final String TO_GIVE = "POSITIONS_TO_GIVE";
    static final String TO_RENEW = "POSITIONS_TO_RENEW";

    private final PositionTaskRepository repository;

    PositionTasks(PositionTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 20);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        List<OpenTask> tasks = new ArrayList<>(each(repository.stale(asked),
                p -> task(TO_RENEW, "tasks.positions-to-renew", p)));
        tasks.addAll(each(repository.notGiven(asked), p -> task(TO_GIVE, "tasks.positions-to-give", p)));
        return tasks;
    }

    private static OpenTask task(String kind, String key, PositionTaskRepository.PlanCount p) {
        return new OpenTask(kind, p.councilName(), p.sections(), key, List.of(p.planTitle()),
                "plans/" + p.planId() + "/consensus");
    }
}
