package org.councilworkspace.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanImages;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a document as a plan's outline. Reading it (the preview) changes nothing; saving creates the sections in
 * document order with one revision each, by the person importing, noted "Imported from NAME". Those who may create a
 * plan or change its outline (chair, vice-chair, secretariat) may import; the whole import is one transaction, so a
 * refusal half-way leaves nothing behind.
 */
@Service
@Transactional
public class ImportService {

    private final PlanService plans;
    private final OutlineService outline;
    private final DraftingService drafting;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final PlanImages images;
    private final long maxBytes;

    ImportService(PlanService plans, OutlineService outline, DraftingService drafting, AccessGuard guard,
                  ApplicationEventPublisher events, PlanImages images,
                  @Value("${council.import.max-bytes:10485760}") long maxBytes) {
        this.images = images;
        this.plans = plans;
        this.outline = outline;
        this.drafting = drafting;
        this.guard = guard;
        this.events = events;
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The largest picture kept with the plan, in bytes; larger ones are reported as left out. */
    public long maxImageBytes() {
        return images.maxBytes();
    }

    /** What importing the file as a new plan of the council would create; nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long councilId, String fileName, byte[] content) {
        guard.require(councilId, CouncilAction.MANAGE_PLAN);
        return ImportReader.read(fileName, content, maxBytes, images.maxBytes());
    }

    /** What importing the file into the plan's outline would add; nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview previewInto(long planId, String fileName, byte[] content) {
        Plan plan = plans.plan(planId);
        guard.require(plan.councilId(), CouncilAction.MANAGE_PLAN);
        requireOpen(plan);
        return ImportReader.read(fileName, content, maxBytes, images.maxBytes());
    }

    /** Creates the plan and its outline from the preview; returns the new plan's id. */
    public long createPlan(long councilId, NewPlan plan, ImportPreview preview) {
        check(preview);
        long planId = plans.createPlan(councilId, plan);
        addSections(planId, preview);
        publish(guard.require(councilId, CouncilAction.MANAGE_PLAN), councilId, planId, preview);
        return planId;
    }

    /** Appends the preview's chapters after the plan's last chapter; returns how many sections were added. */
    public int addToPlan(long planId, ImportPreview preview) {
        Plan plan = plans.plan(planId);
        CouncilMember member = guard.require(plan.councilId(), CouncilAction.MANAGE_PLAN);
        requireOpen(plan);
        check(preview);
        addSections(planId, preview);
        publish(member, plan.councilId(), planId, preview);
        return preview.sections().size();
    }

    private void addSections(long planId, ImportPreview preview) {
        List<Long> parents = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
        String note = preview.revisionNote();
        Map<String, String> kept = keepImages(planId, preview);
        for (ImportedSection s : preview.sections()) {
            Long parent = s.depth() == 1 ? null : parents.get(s.depth() - 1);
            long id = outline.addSection(planId, parent, s.title());
            parents.set(s.depth(), id);
            if (!s.body().isBlank()) {
                drafting.save(id, null, withStoredImages(s.body(), kept), note);
            }
        }
    }

    /** Stores the preview's pictures with the plan: the reference each one's key becomes. */
    private Map<String, String> keepImages(long planId, ImportPreview preview) {
        Map<String, String> kept = new HashMap<>();
        for (ImportedImage image : preview.images()) {
            long id = images.keep(planId, image.fileName(), image.content(), image.altText());
            kept.put("](" + PlanImages.SCHEME + image.key() + ")", "](" + PlanImages.SCHEME + id + ")");
        }
        return kept;
    }

    private static String withStoredImages(String body, Map<String, String> kept) {
        if (kept.isEmpty() || !body.contains(PlanImages.SCHEME)) {
            return body;
        }
        String text = body;
        for (Map.Entry<String, String> e : kept.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    /** The outline must nest as the plan's does: chapters first, one level deeper at a time, three at most. */
    private static void check(ImportPreview preview) {
        if (preview == null || preview.sections().isEmpty()) {
            throw new InvalidInputException("file", "import.nothing");
        }
        int previous = 0;
        for (ImportedSection s : preview.sections()) {
            if (s.depth() < 1 || s.depth() > OutlineCollector.MAX_DEPTH || s.depth() > previous + 1) {
                throw new InvalidInputException("file", "import.bad-outline");
            }
            previous = s.depth();
        }
    }

    private static void requireOpen(Plan plan) {
        if (plan.status().textLocked()) {
            throw new InvalidInputException("status", "plan.text-locked");
        }
    }

    private void publish(CouncilMember member, long councilId, long planId, ImportPreview preview) {
        Map<NotCarried, Integer> lost = preview.notCarried();
        String summary = preview.fileName() + ": " + preview.sections().size() + " sections"
                + (preview.images().isEmpty() ? "" : ", " + preview.images().size() + " images")
                + (lost.isEmpty() ? "" : "; not carried over: " + lost.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        events.publishEvent(new PlanImported(member.actor().id(), member.actor().username(), councilId,
                "PLAN_IMPORTED", "PLAN", Long.toString(planId), summary));
    }
}
