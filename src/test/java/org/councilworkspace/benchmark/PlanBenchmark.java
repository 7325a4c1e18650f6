package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SectionChange;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.plan.text.WordDiff;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A generated 500-section plan of about 100,000 words: comparing two versions with 5% of the words
 * changed (beside git's word diff of the same two texts, timed in the same run), and opening the outline and a
 * section, measured on the server. Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class PlanBenchmark {

    static final int CHAPTERS = 25;
    static final int SECTIONS_PER_CHAPTER = 19;
    // The comparison is timed often enough for its p99 to mean something, after the JIT has settled.
    static final int WARM_UP = 50;
    static final int RUNS = 200;
    static final int REFERENCE_RUNS = 50;

    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired DSLContext db;

    @Test
    void five_hundred_section_plan(@TempDir Path texts) throws IOException {
        TestUser secretariat = demoUser("pranee");
        Random random = new Random(42);
        long planId = AsUser.call(secretariat, () -> plans.createPlan(1, new NewPlan("Benchmark plan", 2032, 2036, null)));
        List<Long> sections = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CHAPTERS; c++) {
            long chapter = AsUser.call(secretariat, () -> outline.addSection(planId, null, "Chapter"));
            sections.add(chapter);
            for (int s = 0; s < SECTIONS_PER_CHAPTER; s++) {
                int index = sections.size();
                long id = AsUser.call(secretariat, () -> outline.addSection(planId, chapter, "Section " + index));
                String text = PlanText.section(index, random);
                AsUser.call(secretariat, () -> drafting.save(id, null, text, null));
                sections.add(id);
            }
        }
        System.out.printf("BENCHMARK generated %d sections in %.1f s%n", sections.size(), (System.nanoTime() - start) / 1e9);
        long v1 = AsUser.call(secretariat, () -> versions.freeze(planId, false, "before", null));
        for (long id : sections) {
            AsUser.call(secretariat, () -> {
                SectionDraft draft = drafting.section(id);
                return drafting.save(id, draft.revisionId(), PlanText.changeFivePercent(draft.text(), random), null);
            });
        }
        long v2 = AsUser.call(secretariat, () -> versions.freeze(planId, false, "after", null));
        long words = AsUser.call(secretariat, () -> versions.version(v2)).sections().stream()
                .mapToLong(s -> s.body().split("\\s+").length).sum();
        System.out.printf("BENCHMARK plan of %d sections, about %d words%n", sections.size(), words);

        Figures.time("  of which: load both frozen versions", 5, 30, () -> AsUser.call(secretariat, () -> {
            versions.version(v1);
            return versions.version(v2);
        }));
        var before = AsUser.call(secretariat, () -> versions.version(v1)).sections();
        var after = AsUser.call(secretariat, () -> versions.version(v2)).sections();
        Figures.time("  of which: word diff of every section, one thread", 10, 50, () -> {
            long n = 0;
            for (int i = 0; i < before.size(); i++) {
                n += WordDiff.diff(before.get(i).body(), after.get(i).body(), Locale.ROOT).size();
            }
            return n;
        });
        Figures.Timing compare = Figures.measure("compare two versions plan-wide (5% of words changed)", WARM_UP, RUNS,
                () -> AsUser.call(secretariat, () -> versions.compare(v1, v2)));
        // The reference: git's word diff of the same two texts, one file per version, timed in this run.
        Files.writeString(texts.resolve("before.md"), planText(before), StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("after.md"), planText(after), StandardCharsets.UTF_8);
        Figures.Timing git = Figures.command("reference: git diff --no-index --word-diff, same texts", 5, REFERENCE_RUNS,
                texts.toFile(), List.of(1), "git", "diff", "--no-index", "--word-diff", "before.md", "after.md");
        Figures.ratio("plan-wide comparison / git word diff", compare, git);
        System.out.printf("BENCHMARK comparison p95 / p50: %.2f, p99 / p50: %.2f%n", compare.p95() / compare.p50(),
                compare.p99() / compare.p50());
        List<SectionChange> changes = AsUser.call(secretariat, () -> versions.compare(v1, v2));
        System.out.printf("BENCHMARK changed sections: %d, words changed: %d%n",
                changes.stream().filter(c -> c.kind() == SectionChange.Kind.CHANGED).count(),
                changes.stream().mapToInt(SectionChange::wordsChanged).sum());
        double[] outlineOpen = Figures.time("open the outline (500 sections)", 5, 30,
                () -> AsUser.call(secretariat, () -> outline.outline(planId, false)));
        long section = sections.get(250);
        double[] sectionOpen = Figures.time("open a section (text, leads, permissions)", 5, 30,
                () -> AsUser.call(secretariat, () -> drafting.section(section)));
        double[] save = Figures.time("save a section (new revision)", 2, 20, () -> AsUser.call(secretariat, () -> {
            SectionDraft draft = drafting.section(section);
            return drafting.save(section, draft.revisionId(), draft.text() + " More.", null);
        }));
        assertThat(compare.p95() + outlineOpen[1] + sectionOpen[1] + save[1]).isPositive();
    }

    /** The whole version as one Markdown text, as a person would hand it to git. */
    private static String planText(List<VersionSection> sections) {
        StringBuilder text = new StringBuilder();
        for (VersionSection s : sections) {
            text.append("#".repeat(Math.max(1, s.depth() + 1))).append(' ').append(s.numberedTitle()).append("\n\n")
                    .append(s.body()).append("\n\n");
        }
        return text.toString();
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
