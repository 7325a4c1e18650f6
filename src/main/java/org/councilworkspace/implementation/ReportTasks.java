package org.councilworkspace.implementation;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": the progress reports due from the agencies I report for, soonest deadline first. */
@Component
class ReportTasks extends OpenTaskQueries {

    static final String KIND = "REPORT_DUE";

    private final ReportTaskRepository repository;

    ReportTasks(ReportTaskRepository repository, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 20);
        this.repository = repository;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        // The deadline as an ISO date: it reads the same in every language and calendar.
        return each(repository.due(asked), r -> new OpenTask(KIND, r.councilName(), 1, "tasks.report",
                List.of(r.agencyName(), r.deadline().toString()), "reports/" + r.reportId()));
    }
}
