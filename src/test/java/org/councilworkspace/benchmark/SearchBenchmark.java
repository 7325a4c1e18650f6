package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.search.IndexStatus;
import org.councilworkspace.search.SearchQuery;
import org.councilworkspace.search.SearchService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search at scale on the embedded H2 database: sections, comments and consultation submissions generated in Thai,
 * Japanese and English are loaded into the demo's first plan and round, the index is rebuilt from the database,
 * and then searches (with the readers' permission filter) are timed, with how long a saved comment takes to be
 * found. The reference, in the same run, is the database's own substring search over the same comments. The
 * numbers of things are {@code -Dsearch.sections}, {@code -Dsearch.comments} and {@code -Dsearch.submissions}
 * (by default a quarter of 10,000 / 200,000 / 100,000, which a shared two-core machine loads in a few minutes).
 * Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class SearchBenchmark {

    private static final String[] ENGLISH = {"battery", "recycling", "electric", "vehicle", "supplier", "charging",
        "export", "standards", "skills", "finance", "hydrogen", "local", "content", "testing", "workforce"};
    private static final String[] THAI = {"ยานยนต์ไฟฟ้า", "แบตเตอรี่", "การรีไซเคิล", "ชิ้นส่วน", "ผู้ผลิต",
        "สถานีอัดประจุ", "การส่งออก", "มาตรฐาน", "แรงงาน", "เงินทุน"};
    private static final String[] JAPANESE = {"電気自動車", "蓄電池", "再資源化", "部品", "供給網", "充電設備",
        "輸出", "標準化", "人材育成", "資金調達"};
    private static final int BATCH = 2_000;

    @Autowired DSLContext db;
    @Autowired SearchService search;
    @Autowired CommentService comments;

    private final Random random = new Random(23);

    @Test
    void searches_in_a_large_index_with_the_permission_filter() throws Exception {
        int sections = Integer.getInteger("search.sections", 2_500);
        int commentCount = Integer.getInteger("search.comments", 50_000);
        int submissions = Integer.getInteger("search.submissions", 25_000);
        TestUser member = demoUser("wichai");
        TestUser secretariat = demoUser("pranee");
        TestUser admin = demoUser("admin");
        long planId = 1;
        long councilId = 1;
        long started = System.nanoTime();
        List<Long> sectionIds = loadSections(planId, sections, secretariat.id());
        loadComments(councilId, planId, sectionIds, commentCount, member.id());
        loadSubmissions(submissions);
        System.out.printf("loaded %,d sections, %,d comments, %,d submissions in %.1f s%n", sections, commentCount,
                submissions, (System.nanoTime() - started) / 1e9);

        long rebuildStart = System.nanoTime();
        AsUser.run(admin, search::rebuild);
        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(100))
                .atMost(java.time.Duration.ofMinutes(20))
                .until(() -> !AsUser.call(admin, search::status).rebuilding());
        IndexStatus status = AsUser.call(admin, search::status);
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("full rebuild: %,d documents in %.1f s; index %.1f MB; heap used after GC %.0f MB of %.0f MB%n",
                status.documents(), rebuildSeconds, status.bytes() / 1e6,
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1e6);
        assertThat(status.documents()).isGreaterThanOrEqualTo(sections + commentCount + submissions);

        String[] queries = {"battery recycling", "ยานยนต์ไฟฟ้า", "電気自動車", "charging", "แบตเตอรี่ ผู้ผลิต",
            "部品 供給網", "hydrogen testing", "มาตรฐาน"};
        int[] n = {0};
        Figures.Timing member50 = Figures.measure("search as a member (" + status.documents() + " documents)", 40, 400,
                () -> AsUser.call(member, () -> search.search(SearchQuery.of(queries[n[0]++ % queries.length]))));
        Figures.measure("search as the secretariat (reads submissions too)", 40, 400,
                () -> AsUser.call(secretariat, () -> search.search(SearchQuery.of(queries[n[0]++ % queries.length]))));
        assertThat(member50.p50()).isPositive();
        String like = "%" + "battery" + "%";
        Figures.measure("reference: the database's substring search over the comments (count only)", 3, 20,
                () -> db.fetchCount(THREAD_COMMENT, DSL.lower(THREAD_COMMENT.BODY).like(like)));

        long sectionId = sectionIds.get(0);
        Figures.measure("a saved comment until it is found", 3, 30, () -> {
            String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            AsUser.call(member, () -> comments.startThread(sectionId, NewThread.onSection(Visibility.COUNCIL,
                    "Fresh remark on " + word)));
            long giveUp = System.nanoTime() + 30_000_000_000L;
            while (AsUser.call(member, () -> search.search(SearchQuery.of(word))).hits().isEmpty()) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("A saved comment was not found within 30 s");
                }
                Thread.onSpinWait();
            }
            return word;
        });
    }

    private List<Long> loadSections(long planId, int count, long authorId) {
        OffsetDateTime now = OffsetDateTime.now();
        String prefix = "Generated " + UUID.randomUUID().toString().substring(0, 8) + " ";
        List<Query> inserts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inserts.add(db.insertInto(PLAN_SECTION).set(PLAN_SECTION.PLAN_ID, planId).set(PLAN_SECTION.POSITION, 1000 + i)
                    .set(PLAN_SECTION.TITLE, prefix + i).set(PLAN_SECTION.CREATED_AT, now));
            flush(inserts);
        }
        db.batch(inserts).execute();
        List<Long> ids = db.select(PLAN_SECTION.ID).from(PLAN_SECTION).where(PLAN_SECTION.TITLE.startsWith(prefix))
                .orderBy(PLAN_SECTION.ID).fetch(PLAN_SECTION.ID);
        inserts.clear();
        for (long id : ids) {
            inserts.add(db.insertInto(SECTION_REVISION).set(SECTION_REVISION.SECTION_ID, id)
                    .set(SECTION_REVISION.REVISION_NO, 1).set(SECTION_REVISION.BODY, paragraph(60))
                    .set(SECTION_REVISION.AUTHOR_ID, authorId).set(SECTION_REVISION.CREATED_AT, now)
                    .set(SECTION_REVISION.KIND, "EDIT"));
            flush(inserts);
        }
        db.batch(inserts).execute();
        db.update(PLAN_SECTION).set(PLAN_SECTION.CURRENT_REVISION_ID, DSL.field(DSL.select(SECTION_REVISION.ID)
                .from(SECTION_REVISION).where(SECTION_REVISION.SECTION_ID.eq(PLAN_SECTION.ID))))
                .where(PLAN_SECTION.TITLE.startsWith(prefix)).execute();
        return ids;
    }

    private void loadComments(long councilId, long planId, List<Long> sectionIds, int count, long authorId) {
        OffsetDateTime now = OffsetDateTime.now();
        int perThread = 5;
        List<Query> inserts = new ArrayList<>();
        for (int t = 0; t < count / perThread; t++) {
            inserts.add(db.insertInto(COMMENT_THREAD).set(COMMENT_THREAD.COUNCIL_ID, councilId)
                    .set(COMMENT_THREAD.PLAN_ID, planId)
                    .set(COMMENT_THREAD.SECTION_ID, sectionIds.get(t % sectionIds.size()))
                    .set(COMMENT_THREAD.AUTHOR_ID, authorId)
                    .set(COMMENT_THREAD.VISIBILITY, t % 10 == 0 ? "SECRETARIAT" : "COUNCIL")
                    .set(COMMENT_THREAD.ANCHOR_STATE, "SECTION").set(COMMENT_THREAD.CREATED_AT, now)
                    .set(COMMENT_THREAD.LAST_ACTIVITY_AT, now).set(COMMENT_THREAD.COMMENT_COUNT, perThread));
            flush(inserts);
        }
        db.batch(inserts).execute();
        List<Long> threads = db.select(COMMENT_THREAD.ID).from(COMMENT_THREAD)
                .where(COMMENT_THREAD.SECTION_ID.in(sectionIds)).fetch(COMMENT_THREAD.ID);
        inserts.clear();
        for (long thread : threads) {
            for (int c = 0; c < perThread; c++) {
                inserts.add(db.insertInto(THREAD_COMMENT).set(THREAD_COMMENT.THREAD_ID, thread)
                        .set(THREAD_COMMENT.AUTHOR_ID, authorId).set(THREAD_COMMENT.BODY, paragraph(12))
                        .set(THREAD_COMMENT.CREATED_AT, now));
                flush(inserts);
            }
        }
        db.batch(inserts).execute();
    }

    private void loadSubmissions(int count) {
        long roundId = db.select(CONSULTATION_ROUND.ID).from(CONSULTATION_ROUND).orderBy(CONSULTATION_ROUND.ID)
                .limit(1).fetchSingle().value1();
        OffsetDateTime now = OffsetDateTime.now();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Query> inserts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = paragraph(20);
            inserts.add(db.insertInto(CONSULTATION_SUBMISSION).set(CONSULTATION_SUBMISSION.ROUND_ID, roundId)
                    .set(CONSULTATION_SUBMISSION.RECEIPT_NO, "B" + run + "-" + i)
                    .set(CONSULTATION_SUBMISSION.SUBMITTER_NAME, "Generated submitter " + i)
                    .set(CONSULTATION_SUBMISSION.ORGANIZATION_TYPE, "INDIVIDUAL")
                    .set(CONSULTATION_SUBMISSION.EMAIL, "person" + i + "@example.org")
                    .set(CONSULTATION_SUBMISSION.BODY, body).set(CONSULTATION_SUBMISSION.CONSENT_PUBLISH, false)
                    .set(CONSULTATION_SUBMISSION.SEARCH_TEXT, body.toLowerCase())
                    .set(CONSULTATION_SUBMISSION.CONTENT_HASH, run + i)
                    .set(CONSULTATION_SUBMISSION.STATUS, "VISIBLE").set(CONSULTATION_SUBMISSION.CREATED_AT, now));
            flush(inserts);
        }
        db.batch(inserts).execute();
    }

    private void flush(List<Query> inserts) {
        if (inserts.size() == BATCH) {
            db.batch(inserts).execute();
            inserts.clear();
        }
    }

    /** Sentences in the three languages: Thai and Japanese without spaces between words, as they are written. */
    private String paragraph(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            switch (random.nextInt(3)) {
                case 0 -> s.append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ');
                case 1 -> s.append(THAI[random.nextInt(THAI.length)]).append(THAI[random.nextInt(THAI.length)])
                        .append(' ');
                default -> s.append(JAPANESE[random.nextInt(JAPANESE.length)]).append("の")
                        .append(JAPANESE[random.nextInt(JAPANESE.length)]).append("。");
            }
        }
        return s.toString();
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, "admin".equals(username));
    }
}
