package org.councilworkspace.testsupport;

import java.util.List;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.security.CouncilRole;

/** A council with a chair, a secretariat, a lead-drafter member, another member and an observer, and a plan. */
public class PlanFixtures {

    public record PlanWorld(long councilId, long planId, TestUser admin, TestUser chair, TestUser secretariat,
                            TestUser lead, TestUser member, TestUser observer, TestUser outsider) {
    }

    private final Fixtures fixtures;
    private final PlanService plans;
    private final OutlineService outline;
    private final DraftingService drafting;

    public PlanFixtures(Fixtures fixtures, PlanService plans, OutlineService outline, DraftingService drafting) {
        this.fixtures = fixtures;
        this.plans = plans;
        this.outline = outline;
        this.drafting = drafting;
    }

    public PlanWorld world() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("secretariat");
        long councilId = fixtures.council(admin, secretariat);
        TestUser chair = fixtures.user("chair");
        TestUser lead = fixtures.user("lead");
        TestUser member = fixtures.user("member");
        TestUser observer = fixtures.user("observer");
        fixtures.addMember(councilId, secretariat, chair, CouncilRole.CHAIR);
        fixtures.addMember(councilId, secretariat, lead, CouncilRole.MEMBER);
        fixtures.addMember(councilId, secretariat, member, CouncilRole.MEMBER);
        fixtures.addMember(councilId, secretariat, observer, CouncilRole.OBSERVER);
        TestUser outsider = fixtures.user("outsider");
        fixtures.council(admin, outsider);
        long planId = AsUser.call(secretariat, () -> plans.createPlan(councilId,
                new NewPlan(Fixtures.unique("Plan"), 2027, 2031, "National plan")));
        return new PlanWorld(councilId, planId, admin, chair, secretariat, lead, member, observer, outsider);
    }

    /** A section (or chapter, with parent null) whose lead drafter is the world's lead member. */
    public long section(PlanWorld w, Long parentId, String title) {
        long id = AsUser.call(w.secretariat(), () -> outline.addSection(w.planId(), parentId, title));
        AsUser.run(w.secretariat(), () -> outline.setLeads(id, List.of(w.lead().id())));
        return id;
    }

    public SaveOutcome write(TestUser who, long sectionId, String text) {
        return AsUser.call(who, () -> {
            SectionDraft draft = drafting.section(sectionId);
            return drafting.save(sectionId, draft.revisionId(), text, null);
        });
    }
}
