package org.councilworkspace.meeting;

import java.util.List;
import java.util.Optional;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanVersionInfo;
import org.councilworkspace.plan.VersionService;
import org.springframework.stereotype.Component;

/**
 * The council's plans, sections and versions as meetings need them, read through the plan feature's services
 * (which check the reader's permission) without throwing for targets of other councils.
 */
@Component
class CouncilPlans {

    record SectionInPlan(Plan plan, OutlineNode section) {
    }

    record VersionInPlan(Plan plan, PlanVersionInfo version) {
    }

    private final PlanService plans;
    private final OutlineService outline;
    private final VersionService versions;

    CouncilPlans(PlanService plans, OutlineService outline, VersionService versions) {
        this.plans = plans;
        this.outline = outline;
        this.versions = versions;
    }

    List<Plan> plans(long councilId) {
        return plans.plans(councilId);
    }

    Optional<SectionInPlan> section(long councilId, long sectionId) {
        for (Plan plan : plans.plans(councilId)) {
            Optional<OutlineNode> node = outline.outline(plan.id(), false).stream()
                    .filter(n -> n.sectionId() == sectionId).findFirst();
            if (node.isPresent()) {
                return Optional.of(new SectionInPlan(plan, node.get()));
            }
        }
        return Optional.empty();
    }

    List<OutlineNode> sections(long planId) {
        return outline.outline(planId, false);
    }

    List<VersionInPlan> versions(long councilId) {
        return plans.plans(councilId).stream()
                .flatMap(p -> versions.versions(p.id()).stream().map(v -> new VersionInPlan(p, v))).toList();
    }

    Optional<VersionInPlan> version(long councilId, long versionId) {
        return versions(councilId).stream().filter(v -> v.version().id() == versionId).findFirst();
    }
}
