package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.wordexport.DocxRenderer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The old | new table (新旧対照表) of a generated 500-section plan (about 100,000 words, 5% of them changed between the
 * two versions) as PDF and as Word, through the service, beside the plan-wide comparison alone as the reference
 * measured in the same run, with the peak heap of each. Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class ComparisonTableBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired PlanExports exports;
    @Autowired DSLContext db;

    @Test
    void five_hundred_section_plan_as_old_and_new_table() throws Exception {
        TestUser secretariat = demoUser("pranee");
        Random random = new Random(42);
        long planId = AsUser.call(secretariat, () -> plans.createPlan(1, new NewPlan("Benchmark plan", 2032, 2036, null)));
        List<Long> sections = new ArrayList<>();
        for (int c = 0; c < PlanBenchmark.CHAPTERS; c++) {
            long chapter = AsUser.call(secretariat, () -> outline.addSection(planId, null, "Chapter"));
            sections.add(chapter);
            for (int s = 0; s < PlanBenchmark.SECTIONS_PER_CHAPTER; s++) {
                int index = sections.size();
                long id = AsUser.call(secretariat, () -> outline.addSection(planId, chapter, "Section " + index));
                String text = PlanText.section(index, random);
                AsUser.call(secretariat, () -> drafting.save(id, null, text, null));
                sections.add(id);
            }
        }
        long v1 = AsUser.call(secretariat, () -> versions.freeze(planId, false, "before", null));
        for (long id : sections) {
            AsUser.call(secretariat, () -> {
                SectionDraft draft = drafting.section(id);
                return drafting.save(id, draft.revisionId(), PlanText.changeFivePercent(draft.text(), random), null);
            });
        }
        long v2 = AsUser.call(secretariat, () -> versions.freeze(planId, false, "after", null));

        byte[] pdf = AsUser.call(secretariat, () -> exports.comparisonPdf(v1, v2, ZONE));
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        byte[] docx = AsUser.call(secretariat, () -> DocxRenderer.render(exports.comparison(v1, v2, ZONE)));
        System.out.printf("BENCHMARK 500-section old | new table: %d pages, %d KB as PDF, %d KB as .docx%n", pages,
                pdf.length / 1024, docx.length / 1024);
        System.out.printf("BENCHMARK max heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        measure("reference: compare the two versions plan-wide",
                () -> AsUser.call(secretariat, () -> versions.compare(v1, v2)));
        measure("old | new table as PDF", () -> AsUser.call(secretariat, () -> exports.comparisonPdf(v1, v2, ZONE)));
        measure("old | new table as .docx", () -> AsUser.call(secretariat,
                () -> DocxRenderer.render(exports.comparison(v1, v2, ZONE))));
        assertThat(pages).isGreaterThan(100);
    }

    private static void measure(String name, Supplier<?> operation) {
        Figures.time(name, 1, 3, operation);
        Figures.usedHeap();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        operation.get();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK %-55s peak heap %6d MB%n", name, peak / (1024 * 1024));
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
