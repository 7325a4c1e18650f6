package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.implementation.RegisterAccess.MeasureContext;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's alignment with goal frameworks: a plan's managers add the UN SDGs and define the plan's own
 * frameworks (those who may maintain the register's agencies and every measure); whoever maintains a measure, or a
 * section's measures, aligns it with goals of the plan's frameworks; every member reads. Each change is audited.
 */
@Service
@Transactional
public class GoalAlignment {

    private static final String SDG_NAME = "SDG";

    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalAlignment(GoalRepository goals, MeasureRepository measures, RegisterAccess access,
                  ApplicationEventPublisher events, Clock clock) {
        this.goals = goals;
        this.measures = measures;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GoalFramework> frameworks(long planId) {
        access.readPlan(planId);
        return goals.frameworks(planId);
    }

    /** Every goal and target of the plan's frameworks, in order: the choices of the alignment editor. */
    @Transactional(readOnly = true)
    public List<Goal> goals(long planId) {
        access.readPlan(planId);
        return goals.goalsOfPlan(planId);
    }

    @Transactional(readOnly = true)
    public boolean mayEditFrameworks(long planId) {
        return access.readPlan(planId).may(CouncilAction.MANAGE_PLAN);
    }

    /** The 17 goals and 169 targets, once per plan. */
    public long addSdgFramework(long planId) {
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireManager(councilId);
        if (goals.frameworks(planId).stream().anyMatch(GoalFramework::sdg)) {
            throw new InvalidInputException("framework", "implementation.alignment.sdg-exists");
        }
        long id = goals.insertFramework(planId, FrameworkSource.SDG, SDG_NAME, me.actor().id(), now());
        goals.insertSdg(id, SdgCatalogue.entries());
        publish(me, councilId, "GOAL_FRAMEWORK_ADDED", "GOAL_FRAMEWORK", id, "UN SDGs on plan " + planId);
        return id;
    }

    /** The plan's own framework, e.g. the national plan's milestones; its goals are added one by one. */
    public long addFramework(long planId, String name) {
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireManager(councilId);
        String typed = TextRules.requiredLine("name", name, 200);
        if (typed.equalsIgnoreCase(SDG_NAME) || goals.nameTaken(planId, typed)) {
            throw new InvalidInputException("name", "implementation.alignment.framework-exists");
        }
        long id = goals.insertFramework(planId, FrameworkSource.PLAN, typed, me.actor().id(), now());
        publish(me, councilId, "GOAL_FRAMEWORK_ADDED", "GOAL_FRAMEWORK", id, typed + " on plan " + planId);
        return id;
    }

    public long addGoal(long frameworkId, NewGoal input) {
        GoalFramework framework = goals.framework(frameworkId).orElseThrow(() -> new NotFoundException("Framework"));
        long councilId = access.councilOfPlan(framework.planId());
        CouncilMember me = access.requireManager(councilId);
        if (framework.sdg()) {
            throw new InvalidInputException("framework", "implementation.alignment.sdg-fixed");
        }
        if (input == null) {
            throw new InvalidInputException("code", "validation.required");
        }
        NewGoal goal = new NewGoal(TextRules.requiredLine("code", input.code(), 20),
                TextRules.requiredLine("titleEn", input.titleEn(), 2000), optional("titleJa", input.titleJa()),
                optional("titleTh", input.titleTh()));
        if (goals.codeTaken(frameworkId, goal.code())) {
            throw new InvalidInputException("code", "implementation.alignment.code-exists");
        }
        long id = goals.insertGoal(frameworkId, null, goal);
        publish(me, councilId, "GOAL_ADDED", "GOAL", id, framework.name() + ": "
                + brief(new Goal(id, frameworkId, null, goal.code(), goal.titleEn(), null, null)));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Goal> ofMeasure(long measureId) {
        access.measure(measureId);
        return goals.ofMeasure(measureId);
    }

    /** Needs the right to maintain the measure; the goal must belong to one of the measure's plan's frameworks. */
    public void alignMeasure(long measureId, long goalId) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        Goal goal = goalOfPlan(goalId, context.measure().planId());
        if (!goals.linkMeasure(measureId, goalId, me.actor().id(), now())) {
            throw new InvalidInputException("goal", "implementation.alignment.already-aligned");
        }
        publish(me, context.councilId(), "MEASURE_ALIGNED", "MEASURE", measureId, context.measure().title() + " → "
                + brief(goal));
    }

    public void unalignMeasure(long measureId, long goalId) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        Goal goal = goalOfPlan(goalId, context.measure().planId());
        if (!goals.unlinkMeasure(measureId, goalId)) {
            throw new InvalidInputException("goal", "implementation.alignment.not-aligned");
        }
        publish(me, context.councilId(), "MEASURE_UNALIGNED", "MEASURE", measureId, context.measure().title()
                + " ↛ " + brief(goal));
    }

    @Transactional(readOnly = true)
    public List<Goal> ofSection(long sectionId) {
        access.readPlan(goals.planOfSection(sectionId).orElseThrow(() -> new NotFoundException("Section")));
        return goals.ofSection(sectionId);
    }

    /** A section (an objective or strategy) as a whole; the same right as maintaining the measures on it. */
    public void alignSection(long sectionId, long goalId) {
        long planId = planOfSection(sectionId);
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireMaintainer(councilId, sectionId);
        Goal goal = goalOfPlan(goalId, planId);
        if (!goals.linkSection(sectionId, goalId, me.actor().id(), now())) {
            throw new InvalidInputException("goal", "implementation.alignment.already-aligned");
        }
        publish(me, councilId, "SECTION_ALIGNED", "SECTION", sectionId, brief(goal));
    }

    public void unalignSection(long sectionId, long goalId) {
        long planId = planOfSection(sectionId);
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireMaintainer(councilId, sectionId);
        Goal goal = goalOfPlan(goalId, planId);
        if (!goals.unlinkSection(sectionId, goalId)) {
            throw new InvalidInputException("goal", "implementation.alignment.not-aligned");
        }
        publish(me, councilId, "SECTION_UNALIGNED", "SECTION", sectionId, brief(goal));
    }

    /** For the dashboard: each goal the plan's measures serve, with how many, targets counted with their goal. */
    @Transactional(readOnly = true)
    public List<GoalCount> measuresByGoal(long planId) {
        access.readPlan(planId);
        return goals.measuresByGoal(planId);
    }

    private Goal goalOfPlan(long goalId, long planId) {
        return goals.goalOfPlan(goalId, planId).orElseThrow(() -> new NotFoundException("Goal"));
    }

    /** A section in the outline: archived sections are aligned no further. */
    private long planOfSection(long sectionId) {
        return measures.planOfSection(sectionId).orElseThrow(() -> new NotFoundException("Section"));
    }

    /** A goal as the audit record names it: its code and the start of its English title (the record is short). */
    private static String brief(Goal goal) {
        String title = goal.titleEn();
        return goal.code() + " " + (title.length() > 200 ? title.substring(0, 200) + "…" : title);
    }

    private static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : TextRules.requiredLine(field, value, 2000);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void publish(CouncilMember me, long councilId, String action, String type, long id, String summary) {
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId, action,
                type, Long.toString(id), summary));
    }
}
