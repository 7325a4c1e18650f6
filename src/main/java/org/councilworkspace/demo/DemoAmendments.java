package org.councilworkspace.demo;

import java.util.List;
import java.util.Map;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.SectionDraft;
import org.springframework.stereotype.Component;

/**
 * Amendments in every state on the demo plans: open with support and opposition (one of them carried forward
 * onto a later revision), conflicting with the current text, accepted, rejected and withdrawn. Kept off the
 * sections that the browser tests and the consensus demo rely on.
 */
@Component
class DemoAmendments {

    private final AmendmentService amendments;
    private final DraftingService drafting;
    private final OutlineService outline;

    DemoAmendments(AmendmentService amendments, DraftingService drafting, OutlineService outline) {
        this.amendments = amendments;
        this.drafting = drafting;
        this.outline = outline;
    }

    void seed(Map<String, Long> ids, long automotivePlan, List<Long> sections, long manufacturingPlan) {
        long supplyChain = sections.get(6);
        long trends = sections.get(7);
        long smes = sections.get(13);
        long governance = sections.get(19);

        long localTargets = propose(ids, "tanaka", supplyChain, "low for cells, power electronics and motors.",
                "low for cells, power electronics and motors. The plan sets a local-content target for each of them.",
                "Assemblers need to know which parts the plan expects to be made here, and when.");
        opine(ids, "kittisak", localTargets, AmendmentStance.SUPPORT, "Consistent with the investment incentives.");
        opine(ids, "prasert", localTargets, AmendmentStance.SUPPORT, null);
        opine(ids, "supaporn", localTargets, AmendmentStance.OPPOSE,
                "A target for every part would burden small suppliers before the market exists.");
        long census = propose(ids, "arunee", supplyChain, "Some 1,800 firms supply the assemblers",
                "Some 1,850 firms (2025 supplier census) supply the assemblers",
                "Use the figure of the latest census.");
        opine(ids, "wichai", census, AmendmentStance.OPPOSE, "The census counts dormant firms too.");
        // The lead drafter rewrites the first paragraph: the census amendment now conflicts with it, while the
        // local-content amendment (second paragraph) is carried forward onto the new revision.
        edit(ids, "wichai", supplyChain, "Some 1,800 firms supply the assemblers",
                "About 1,800 active firms supply the assemblers", "Count active firms only");

        long skillsGap = propose(ids, "siriporn", trends, "where the domestic supplier base is thin.",
                "where the domestic supplier base is thin and engineers with these skills are scarce.",
                "The skills gap belongs in the diagnosis, not only in the skills chapter.");
        opine(ids, "nattaya", skillsGap, AmendmentStance.SUPPORT, null);
        as(ids, "arunee", () -> amendments.accept(skillsGap, version(ids, "arunee", skillsGap)));

        long grants = propose(ids, "chaiwat", smes, "a conversion fund with soft loans",
                "a conversion fund with grants", "Small suppliers cannot take on more debt.");
        opine(ids, "wichai", grants, AmendmentStance.SUPPORT, "Our members asked for grants.");
        as(ids, "supaporn", () -> amendments.reject(grants, version(ids, "supaporn", grants),
                "Grants would use up the fund within two years; soft loans let it lend again as they are repaid."));

        long halfYearly = propose(ids, "prasert", governance, "reviews progress every year",
                "reviews progress every six months", "Faster feedback on the targets.");
        as(ids, "prasert", () -> amendments.withdraw(halfYearly, version(ids, "prasert", halfYearly)));

        long resilience = outline(ids, "suzuki", manufacturingPlan, "Supply-chain resilience");
        long repair = propose(ids, "watanabe", resilience, "with clear rules on confidentiality.",
                "with clear rules on confidentiality, and keep spare parts available to repairers.",
                "Consumers feel a supply crisis first as parts they cannot get.");
        opine(ids, "ito", repair, AmendmentStance.SUPPORT, null);
        opine(ids, "takahashi", repair, AmendmentStance.OPPOSE, "Stockholding rules belong to each industry.");
    }

    private long propose(Map<String, Long> ids, String who, long sectionId, String find, String replace,
                         String rationale) {
        return as(ids, who, () -> {
            SectionDraft draft = drafting.section(sectionId);
            if (!draft.text().contains(find)) {
                throw new IllegalStateException("Demo text changed: " + find);
            }
            return amendments.propose(sectionId, draft.revisionId(), draft.text().replace(find, replace), rationale);
        });
    }

    private void opine(Map<String, Long> ids, String who, long amendmentId, AmendmentStance stance, String reason) {
        as(ids, who, () -> {
            amendments.opine(amendmentId, stance, reason);
            return null;
        });
    }

    private void edit(Map<String, Long> ids, String who, long sectionId, String find, String replace, String note) {
        as(ids, who, () -> {
            SectionDraft draft = drafting.section(sectionId);
            return drafting.save(sectionId, draft.revisionId(), draft.text().replace(find, replace), note);
        });
    }

    private int version(Map<String, Long> ids, String who, long amendmentId) {
        return as(ids, who, () -> amendments.amendment(amendmentId).version());
    }

    private long outline(Map<String, Long> ids, String who, long planId, String title) {
        return as(ids, who, () -> outline.outline(planId, false).stream().filter(n -> n.title().equals(title))
                .findFirst().map(OutlineNode::sectionId).orElseThrow());
    }

    private static <T> T as(Map<String, Long> ids, String username, java.util.function.Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }
}
