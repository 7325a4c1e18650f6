package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.PLAN_VERSION_SECTION;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilworkspace.consultation.ConsultationExports;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A public round with 100,000 submissions on the demo automotive plan: bulk ingest, the secretariat's first
 * grid page, a filtered full-text search, and the CSV export of everything, through the services.
 */
abstract class ConsultationBenchmarkBody {

    private static final int SUBMISSIONS = 100_000;
    private static final String[] WORDS = ("battery charging incentive subsidy local content supplier skills technician "
            + "export pickup hybrid hydrogen standard testing recycling tariff investment grid rural training women "
            + "safety emissions target review small medium finance").split(" ");
    private static final String[] OTHER_SCRIPTS = {"ควรขยายมาตรการส่งเสริมรถยนต์ไฟฟ้า", "充電インフラの整備を加速すべきです"};

    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired ConsultationExports exports;
    @Autowired DSLContext db;

    @Test
    void one_round_with_100000_submissions() {
        TestUser secretariat = demoUser("pranee");
        long versionId = db.select(PLAN_VERSION.ID).from(PLAN_VERSION).where(PLAN_VERSION.PLAN_ID.eq(1L))
                .orderBy(PLAN_VERSION.ID.desc()).limit(1).fetchSingle().value1();
        List<Long> sections = db.select(PLAN_VERSION_SECTION.SECTION_ID).from(PLAN_VERSION_SECTION)
                .where(PLAN_VERSION_SECTION.VERSION_ID.eq(versionId)).fetch(PLAN_VERSION_SECTION.SECTION_ID);
        long roundId = AsUser.call(secretariat, () -> rounds.createRound(1, new NewRound(versionId, "Benchmark round",
                null, RoundKind.PUBLIC, OffsetDateTime.now().minusMinutes(1), null, List.of())));
        AsUser.run(secretariat, () -> rounds.openNow(roundId));

        long start = System.nanoTime();
        ingest(roundId, sections);
        System.out.printf("BENCHMARK %-55s %8.1f s%n", "bulk ingest of 100,000 submissions (batches of 2,000)",
                (System.nanoTime() - start) / 1e9);

        SubmissionFilter search = new SubmissionFilter(sections.get(9), OrganizationType.FIRM, null, null, "recycling");
        AsUser.run(secretariat, () -> {
            assertThat(review.countSubmissions(roundId, SubmissionFilter.ALL)).isEqualTo(SUBMISSIONS);
            Figures.time("consultation grid: first page of 50 and the count (100,000)", 5, 30, () ->
                    review.submissions(roundId, SubmissionFilter.ALL, 0, 50).size() + review.countSubmissions(roundId, SubmissionFilter.ALL));
            Figures.time("consultation grid: section + type + text search, page and count", 5, 30, () ->
                    review.submissions(roundId, search, 0, 50).size() + review.countSubmissions(roundId, search));
            Figures.time("consultation grid: text search over all 100,000, page and count", 3, 10, () ->
                    review.submissions(roundId, new SubmissionFilter(null, null, null, null, "hydrogen recycling"), 0, 50).size()
                            + review.countSubmissions(roundId, new SubmissionFilter(null, null, null, null, "hydrogen recycling")));
            assertThat(review.countSubmissions(roundId, search)).isPositive();
            Figures.time("consultation CSV export of all 100,000 submissions", 1, 3, () -> {
                exports.writeCsv(roundId, OutputStream.nullOutputStream());
                return null;
            });
        });
    }

    private void ingest(long roundId, List<Long> sections) {
        Random random = new Random(11);
        OrganizationType[] types = OrganizationType.values();
        OffsetDateTime now = OffsetDateTime.now();
        for (int batch = 0; batch < SUBMISSIONS / 2000; batch++) {
            InsertValuesStepN<?> insert = db.insertInto(CONSULTATION_SUBMISSION, List.<org.jooq.Field<?>>of(CONSULTATION_SUBMISSION.ROUND_ID,
                    CONSULTATION_SUBMISSION.RECEIPT_NO, CONSULTATION_SUBMISSION.SUBMITTER_NAME,
                    CONSULTATION_SUBMISSION.ORGANIZATION_NAME, CONSULTATION_SUBMISSION.ORGANIZATION_TYPE,
                    CONSULTATION_SUBMISSION.EMAIL, CONSULTATION_SUBMISSION.SECTION_ID, CONSULTATION_SUBMISSION.BODY,
                    CONSULTATION_SUBMISSION.CONSENT_PUBLISH, CONSULTATION_SUBMISSION.SEARCH_TEXT,
                    CONSULTATION_SUBMISSION.CONTENT_HASH, CONSULTATION_SUBMISSION.STATUS, CONSULTATION_SUBMISSION.CREATED_AT));
            for (int i = 0; i < 2000; i++) {
                int n = batch * 2000 + i;
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 40 + random.nextInt(80); w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                if (n % 10 == 0) {
                    text.append(OTHER_SCRIPTS[n % 20 == 0 ? 0 : 1]);
                }
                String name = "Submitter " + n;
                String org = "Organization " + (n % 997);
                String body = text.toString().strip();
                insert = insert.values(java.util.Arrays.asList(roundId, "CB" + roundId + "-" + n, name, org, types[n % types.length].name(),
                        "s" + n + "@example.org", n % 7 == 0 ? null : sections.get(n % sections.size()), body, n % 2 == 0,
                        (name + "\n" + org + "\n" + body).toLowerCase(Locale.ROOT), Integer.toHexString(n), "VISIBLE", now));
            }
            insert.execute();
        }
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
