package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "What needs me": the progress reports due from the agencies I report for, soonest deadline first. */
@Component
class ReportTasks implements OpenTasks {

    static final String KIND = "REPORT_DUE";
    private static final int LIMIT = 20;

    private final ReportTaskRepository repository;
    private final AccessGuard guard;
    private final Clock clock;

    ReportTasks(ReportTaskRepository repository, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = guard.requireActor().id();
        // The deadline as an ISO date: it reads the same in every language and calendar.
        return repository.due(me, LocalDate.now(clock), LIMIT).stream()
                .map(r -> new OpenTask(KIND, r.councilName(), 1, "tasks.report",
                        List.of(r.agencyName(), r.deadline().toString()), "reports/" + r.reportId()))
                .toList();
    }
}
