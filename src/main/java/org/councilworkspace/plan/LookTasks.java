package org.councilworkspace.plan;

import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.OpenTask;
import org.councilworkspace.base.OpenTaskQueries;
import org.councilworkspace.security.AccessGuard;
import org.springframework.stereotype.Component;

/** "What needs me": plans whose sections others revised since I last looked at them, with how many sections. */
@Component
class LookTasks extends OpenTaskQueries {

    static final String KIND = "SECTIONS_CHANGED_SINCE_LOOK";

    private final SectionLookRepository looks;

    LookTasks(SectionLookRepository looks, AccessGuard guard, Clock clock) {
        super(() -> guard.requireActor().id(), clock, 30);
        this.looks = looks;
    }

    @Override
    protected List<OpenTask> tasks(Asked asked) {
        return each(looks.changedPlans(asked), p -> new OpenTask(KIND, p.councilName(), p.sections(),
                "tasks.sections-changed", List.of(p.title()), "plans/" + p.planId()));
    }
}
