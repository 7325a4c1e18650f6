package org.councilworkspace.demo;

import java.util.List;
import java.util.Map;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.PassageText;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Deliberation on the demo plans: open and resolved threads on passages and on whole sections, replies, mentions,
 * an edited comment, a secretariat note, and a thread made outdated by a later revision.
 */
@Component
class DemoComments {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private final CommentService comments;
    private final ThreadQueries queries;
    private final DraftingService drafting;

    DemoComments(CommentService comments, ThreadQueries queries, DraftingService drafting) {
        this.comments = comments;
        this.queries = queries;
        this.drafting = drafting;
    }

    void seed(Map<String, Long> ids, List<Long> automotive, List<Long> manufacturing) {
        long recycling = onPassage(ids, "wichai", automotive.get(9), "require battery recycling plans",
                "Who pays for recycling? Parts makers cannot carry this alone. @kittisak can the ministry say more?");
        reply(ids, "kittisak", recycling, "The draft follows extended producer responsibility: importers and "
                + "assemblers pay, through a fee per battery. I will add a sentence.");
        reply(ids, "supaporn", recycling, "Please also allow **second-life** uses (storage) before recycling.");
        long edited = reply(ids, "wichai", recycling, "Agree with Supaporn");
        as(ids, "wichai", () -> {
            var thread = queries.thread(recycling);
            var mine = thread.comments().stream().filter(c -> c.id() == edited).findFirst().orElseThrow();
            comments.edit(edited, "Agree with Supaporn: second-life use first, then recycling.", mine.version());
        });

        long technicians = onPassage(ids, "tanaka", automotive.get(11), "25,000 technicians",
                "Is this 25,000 per year or over the whole plan period?");
        reply(ids, "arunee", technicians, "Over the five years. I will make it explicit in the next revision.");
        as(ids, "arunee", () -> comments.resolve(technicians));

        long rate = onPassage(ids, "supaporn", automotive.get(13), "fixed 2% rate",
                "The Bankers' Association has not confirmed 2%. @somchai should we write \"about 2%\" until it does?");
        reply(ids, "pranee", rate, "Noted for the agenda of the 3rd plenary. @somchai please decide there.");

        as(ids, "pranee", () -> comments.startThread(automotive.get(1), NewThread.onSection(Visibility.SECRETARIAT,
                "Secretariat note: check the 2031 production figure with the planning office before v0.3.")));

        long wp29 = onPassage(ids, "prasert", automotive.get(12), "UN regulations (WP.29)",
                "Cite the 1958 Agreement too: that is what makes approvals mutually recognised.");
        as(ids, "nattaya", () -> {
            SectionDraft d = drafting.section(automotive.get(12));
            return drafting.save(d.section().sectionId(), d.revisionId(), d.text().replace("UN regulations (WP.29)",
                    "the regulations annexed to the UN 1958 Agreement"), "Cite the 1958 Agreement");
        });
        reply(ids, "nattaya", wp29, "Done in the latest revision.");

        long thai = as(ids, "siriporn", () -> comments.startThread(automotive.get(3), NewThread.onSection(
                Visibility.COUNCIL, "ควรเพิ่มตัวชี้วัดด้านการฝึกอบรมแรงงานในบทสรุปผู้บริหารด้วย")));
        reply(ids, "kittisak", thai, "เห็นด้วยครับ จะเสนอถ้อยคำในการประชุมคณะทำงานครั้งหน้า");

        long general = as(ids, "chaiwat", () -> comments.startThread(
                automotive.get(16), NewThread.onSection(Visibility.COUNCIL,
                        "The second phase of the conversion fund needs a budget line from 2029.")));
        reply(ids, "pranee", general, "We will ask the Budget Bureau for an indicative figure.");

        if (manufacturing.size() > 2) {
            long ja = as(ids, "suzuki", () -> comments.startThread(manufacturing.get(1), NewThread.onSection(
                    Visibility.COUNCIL, "中小企業への波及効果について、具体的な指標を示すべきではないか。")));
            reply(ids, "ito", ja, "同意します。付加価値額と設備投資額の二つを提案します。");
        }
    }

    /** A thread on a passage, found in the section's current text as the page would select it. */
    private long onPassage(Map<String, Long> ids, String who, long sectionId, String quote, String body) {
        return as(ids, who, () -> {
            SectionDraft d = drafting.section(sectionId);
            String plain = PassageText.of(RENDERER.toSafeHtml(d.text())).text();
            int at = plain.indexOf(quote);
            if (at < 0) {
                return comments.startThread(sectionId, NewThread.onSection(Visibility.COUNCIL, body));
            }
            return comments.startThread(sectionId, new NewThread(d.revisionId(), quote, plain.substring(0, at),
                    plain.substring(at + quote.length()), Visibility.COUNCIL, body));
        });
    }

    private long reply(Map<String, Long> ids, String who, long threadId, String body) {
        return as(ids, who, () -> comments.reply(threadId, body));
    }

    private static <T> T as(Map<String, Long> ids, String username, java.util.function.Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
