package org.councilworkspace.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "What needs me": positions I have not given in plans under deliberation, and my stale ones to confirm or change. */
@Component
class PositionTasks implements OpenTasks {

    static final String TO_GIVE = "POSITIONS_TO_GIVE";
    static final String TO_RENEW = "POSITIONS_TO_RENEW";
    private static final int LIMIT = 20;

    private final PositionTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    PositionTasks(PositionTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        LocalDate today = LocalDate.now(clock);
        List<OpenTask> tasks = new ArrayList<>();
        repository.stale(me, today, LIMIT).forEach(p -> tasks.add(task(TO_RENEW, "tasks.positions-to-renew", p)));
        repository.notGiven(me, today, LIMIT).forEach(p -> tasks.add(task(TO_GIVE, "tasks.positions-to-give", p)));
        return tasks;
    }

    private static OpenTask task(String kind, String key, PositionTaskRepository.PlanCount p) {
        return new OpenTask(kind, p.councilName(), p.sections(), key, List.of(p.planTitle()),
                "plans/" + p.planId() + "/consensus");
    }
}
