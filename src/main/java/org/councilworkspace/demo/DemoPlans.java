package org.councilworkspace.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.VersionService;
import org.springframework.stereotype.Component;

/**
 * The demo master plans: an automotive plan with about twenty sections, revisions by several members,
 * a merged concurrent edit, its implementation register and two frozen versions that carry its measures; and a
 * subcommittee plan with a Japanese section.
 */
@Component
class DemoPlans {

    private final PlanService plans;
    private final OutlineService outline;
    private final DraftingService drafting;
    private final VersionService versions;
    private final DemoPositions positions;
    private final DemoComments comments;
    private final DemoAmendments amendments;
    private final DemoMeetings meetings;
    private final DemoConsultation consultation;
    private final DemoImplementation implementation;

    DemoPlans(PlanService plans, OutlineService outline, DraftingService drafting, VersionService versions,
              DemoPositions positions, DemoComments comments, DemoAmendments amendments, DemoMeetings meetings,
              DemoConsultation consultation, DemoImplementation implementation) {
        this.implementation = implementation;
        this.comments = comments;
        this.amendments = amendments;
        this.positions = positions;
        this.meetings = meetings;
        this.consultation = consultation;
        this.plans = plans;
        this.outline = outline;
        this.drafting = drafting;
        this.versions = versions;
    }

    void seed(Map<String, Long> ids, long automotiveCouncil, long subcommittee) {
        long automotive = as(ids, "pranee", () -> plans.createPlan(automotiveCouncil, new NewPlan(
                "Automotive Industry Master Plan", 2027, 2031,
                "13th and 14th National Economic and Social Development Plans")));
        List<Long> sections = build(ids, "pranee", automotive, DemoOutline.read("/demo/automotive-plan.md"));
        // The register before the first version, so that both versions carry the measures frozen with them.
        implementation.seed(ids, automotiveCouncil);
        long v1 = as(ids, "pranee", () -> versions.freeze(automotive, false, "v0.1 for the 1st working group",
                "First full draft from the lead drafters."));
        edit(ids, "kittisak", sections.get(9), "- build public charging along the main highways and in provincial cities.",
                "- build public charging along the main highways and in provincial cities;\n"
                        + "- require battery recycling plans from every importer and producer of electric vehicles.",
                "Added battery recycling, as agreed in the working group");
        implementation.widenRecyclingMeasure(ids, automotiveCouncil);
        edit(ids, "arunee", sections.get(11), "25,000 technicians", "25,000 technicians (of whom at least 30% women)",
                "Working group: gender target");
        edit(ids, "somchai", sections.get(1), "with a skilled workforce", "with a skilled and well-paid workforce",
                "Wording from the chair");
        concurrentEdits(ids, sections.get(13));
        edit(ids, "pranee", sections.get(3), "พัฒนาทักษะแรงงาน", "พัฒนาทักษะแรงงานและวิศวกร",
                "เพิ่มวิศวกรตามข้อเสนอของคณะทำงาน");
        as(ids, "pranee", () -> plans.changeStatus(automotive, PlanStatus.DELIBERATION, 0));
        as(ids, "pranee", () -> versions.freeze(automotive, false, "v0.2 for the 2nd plenary",
                "Includes the working group's amendments."));
        edit(ids, "nattaya", sections.get(12), "UN regulations", "UN regulations (WP.29)",
                "Precise reference requested at the plenary");
        positions.seed(ids, automotive, sections);
        edit(ids, "arunee", sections.get(11), "vocational colleges", "vocational colleges, firms' own academies",
                "Firms asked to be named as training providers");

        long manufacturing = as(ids, "sato", () -> plans.createPlan(subcommittee, new NewPlan(
                "製造業競争力強化基本方針 Basic Policy for Manufacturing Competitiveness", 2027, 2031,
                "Growth Strategy and the GX/DX basic policies")));
        List<Long> manufacturingSections = build(ids, "sato", manufacturing,
                DemoOutline.read("/demo/manufacturing-plan.md"));
        as(ids, "sato", () -> versions.freeze(manufacturing, false, "v0.1 for the 1st subcommittee meeting", null));
        comments.seed(ids, sections, manufacturingSections);
        if (v1 <= 0) {
            throw new IllegalStateException("Version not frozen");
        }
        amendments.seed(ids, automotive, sections, manufacturing);
        meetings.seed(ids, automotiveCouncil, subcommittee, sections);
        consultation.seed(ids, automotiveCouncil, automotive, sections);
    }

    /** Creates the outline as the secretariat, names the leads, and has each lead write the first text. */
    private List<Long> build(Map<String, Long> ids, String secretariat, long planId, List<DemoOutline.Entry> entries) {
        List<Long> created = new ArrayList<>();
        Long chapter = null;
        for (DemoOutline.Entry e : entries) {
            Long parent = e.depth() == 1 ? null : chapter;
            long id = as(ids, secretariat, () -> outline.addSection(planId, parent, e.title()));
            if (e.depth() == 1) {
                chapter = id;
            }
            as(ids, secretariat, () -> outline.setLeads(id, List.of(ids.get(e.lead()))));
            if (!e.body().isBlank()) {
                as(ids, e.lead(), () -> drafting.save(id, null, e.body(), "First draft"));
            }
            created.add(id);
        }
        return created;
    }

    private void edit(Map<String, Long> ids, String who, long sectionId, String find, String replace, String note) {
        as(ids, who, () -> {
            SectionDraft draft = drafting.section(sectionId);
            return drafting.save(sectionId, draft.revisionId(), draft.text().replace(find, replace), note);
        });
    }

    /** Two members edit different paragraphs from the same revision: the second save is merged, not lost. */
    private void concurrentEdits(Map<String, Long> ids, long sectionId) {
        SectionDraft base = as(ids, "supaporn", () -> drafting.section(sectionId));
        as(ids, "supaporn", () -> drafting.save(sectionId, base.revisionId(),
                base.text().replace("soft loans", "soft loans at a fixed 2% rate"), "Interest rate from the banks' proposal"));
        as(ids, "wichai", () -> drafting.save(sectionId, base.revisionId(),
                base.text().replace("which new parts it could make.", "which new parts it could make, and which "
                        + "assemblers are looking for them."), "Link the diagnosis to buyers"));
    }

    private static <T> T as(Map<String, Long> ids, String username, java.util.function.Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
