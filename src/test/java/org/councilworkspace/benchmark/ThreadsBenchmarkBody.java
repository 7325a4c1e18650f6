package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.councilworkspace.deliberation.PassageText;
import org.councilworkspace.deliberation.ThreadFilter;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening a section that has 2,000 comment threads (1,400 on passages, 300 on the whole section, 300 resolved) and
 * 10,000 comments, as the server does it for the section page: the text, the reader's rights, the passages to
 * mark in the text, the open-thread count and the first page of the lazy thread list. Also the cost a save adds
 * by moving 1,700 anchors.
 */
abstract class ThreadsBenchmarkBody {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired ThreadQueries queries;
    @Autowired DSLContext db;

    @Test
    void open_a_section_with_2000_threads_and_10000_comments() {
        TestUser secretariat = demoUser("pranee");
        TestUser member = demoUser("wichai");
        long planId = 1;
        long councilId = 1;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(": the plan supports suppliers number ").append(i)
                    .append(" with finance, know-how and buyers for new parts.\n\n");
        }
        long sectionId = AsUser.call(secretariat, () -> outline.addSection(planId, null, "Busy section"));
        AsUser.call(secretariat, () -> drafting.save(sectionId, null, text.toString(), null));
        SectionDraft draft = AsUser.call(member, () -> drafting.section(sectionId));
        String plain = PassageText.of(RENDERER.toSafeHtml(draft.text())).text();

        Random random = new Random(11);
        OffsetDateTime now = OffsetDateTime.now();
        List<Query> inserts = new ArrayList<>();
        for (int t = 0; t < 2000; t++) {
            boolean onPassage = t < 1700;
            int start = random.nextInt(plain.length() - 40);
            int length = 5 + random.nextInt(30);
            inserts.add(db.insertInto(COMMENT_THREAD)
                    .set(COMMENT_THREAD.COUNCIL_ID, councilId)
                    .set(COMMENT_THREAD.PLAN_ID, planId)
                    .set(COMMENT_THREAD.SECTION_ID, sectionId)
                    .set(COMMENT_THREAD.AUTHOR_ID, member.id())
                    .set(COMMENT_THREAD.VISIBILITY, "COUNCIL")
                    .set(COMMENT_THREAD.STATUS, t >= 1400 && t < 1700 ? "RESOLVED" : "OPEN")
                    .set(COMMENT_THREAD.QUOTE, onPassage ? plain.substring(start, start + length) : null)
                    .set(COMMENT_THREAD.QUOTE_PREFIX, onPassage ? plain.substring(Math.max(0, start - 32), start) : null)
                    .set(COMMENT_THREAD.QUOTE_SUFFIX, onPassage ? plain.substring(start + length,
                            Math.min(plain.length(), start + length + 32)) : null)
                    .set(COMMENT_THREAD.QUOTE_REVISION_ID, onPassage ? draft.revisionId() : null)
                    .set(COMMENT_THREAD.ANCHOR_STATE, onPassage ? "ANCHORED" : "SECTION")
                    .set(COMMENT_THREAD.ANCHOR_START, onPassage ? start : null)
                    .set(COMMENT_THREAD.ANCHOR_LENGTH, onPassage ? length : null)
                    .set(COMMENT_THREAD.ANCHOR_REVISION_ID, onPassage ? draft.revisionId() : null)
                    .set(COMMENT_THREAD.CREATED_AT, now)
                    .set(COMMENT_THREAD.LAST_ACTIVITY_AT, now)
                    .set(COMMENT_THREAD.COMMENT_COUNT, 5));
        }
        db.batch(inserts).execute();
        List<Long> threadIds = db.select(COMMENT_THREAD.ID).from(COMMENT_THREAD)
                .where(COMMENT_THREAD.SECTION_ID.eq(sectionId)).fetch(COMMENT_THREAD.ID);
        inserts.clear();
        for (long threadId : threadIds) {
            for (int c = 0; c < 5; c++) {
                inserts.add(db.insertInto(THREAD_COMMENT)
                        .set(THREAD_COMMENT.THREAD_ID, threadId)
                        .set(THREAD_COMMENT.AUTHOR_ID, member.id())
                        .set(THREAD_COMMENT.BODY, "Comment " + c + " on this point, with **some** emphasis.")
                        .set(THREAD_COMMENT.CREATED_AT, now));
            }
        }
        db.batch(inserts).execute();
        assertThat(db.fetchCount(THREAD_COMMENT, THREAD_COMMENT.THREAD_ID.in(threadIds))).isEqualTo(10_000);

        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            // What autovacuum does soon after a bulk load in a real deployment: fresh statistics for the planner.
            db.execute("analyze");
        }
        double[] open = Figures.time("open a section: 2,000 threads, 10,000 comments (" + db.dialect().family() + ")",
                30, 40,
                () -> AsUser.call(member, () -> openSection(sectionId)));
        assertThat(open[1]).isPositive();
        Figures.time("  part: section text", 5, 20, () -> AsUser.call(member, () -> drafting.section(sectionId)));
        Figures.time("  part: highlights query", 5, 20, () -> AsUser.call(member,
                () -> queries.highlights(sectionId, draft.revisionId())));
        var marks = AsUser.call(member, () -> queries.highlights(sectionId, draft.revisionId()));
        Figures.time("  part: render and mark the text", 5, 20,
                () -> PassageText.of(RENDERER.toSafeHtml(draft.text())).highlighted(marks));
        Figures.time("  part: count", 5, 20, () -> AsUser.call(member, () -> queries.count(sectionId, ThreadFilter.OPEN)));
        Figures.time("  part: first page", 5, 20, () -> AsUser.call(member,
                () -> queries.threads(sectionId, ThreadFilter.OPEN, 0, 50)));
        assertThat(AsUser.call(member, () -> queries.count(sectionId, ThreadFilter.OPEN))).isEqualTo(1700);

        int[] n = {0};
        Figures.time("save that section: 1,700 anchors follow the new text", 2, 10, () -> AsUser.call(secretariat, () -> {
            SectionDraft d = drafting.section(sectionId);
            return drafting.save(sectionId, d.revisionId(), "New opening " + (n[0]++) + ".\n\n" + d.text(), null);
        }));
        assertThat(AsUser.call(member, () -> queries.highlights(sectionId,
                AsUser.call(member, () -> drafting.section(sectionId)).revisionId()))).hasSize(1400);
    }

    /** What the section page asks of the server when it opens. */
    private int openSection(long sectionId) {
        SectionDraft d = drafting.section(sectionId);
        var abilities = queries.abilities(sectionId);
        var highlights = queries.highlights(sectionId, d.revisionId());
        String html = PassageText.of(RENDERER.toSafeHtml(d.text())).highlighted(highlights);
        int open = queries.count(sectionId, ThreadFilter.OPEN);
        var page = queries.threads(sectionId, ThreadFilter.OPEN, 0, 50);
        return html.length() + open + page.size() + (abilities.mayComment() ? 1 : 0);
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
