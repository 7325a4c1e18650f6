package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.TitlePage;
import org.councilworkspace.planimport.ImportProbe;
import org.councilworkspace.wordexport.DocxRenderer;
import org.junit.jupiter.api.Test;

/**
 * A 500-section plan (about 100,000 words) written as Word and imported again, beside the PDF of the same document as
 * the reference measured in the same run, with the peak heap of each. Run with -Pbenchmark.
 */
class WordDocumentsBenchmark {

    @Test
    void five_hundred_section_plan_to_word_and_back() {
        Random random = new Random(42);
        List<Block> blocks = new ArrayList<>(List.of(new Block.TableOfContents("Contents")));
        int index = 0;
        for (int c = 1; c <= PlanBenchmark.CHAPTERS; c++) {
            blocks.add(new Block.Heading(1, Integer.toString(c), "Chapter " + c, "c" + c));
            for (int s = 1; s <= PlanBenchmark.SECTIONS_PER_CHAPTER; s++) {
                index++;
                blocks.add(new Block.Heading(2, c + "." + s, "Section " + index, "s" + index));
                blocks.addAll(MarkdownBlocks.parse(PlanText.section(index, random), 2));
            }
        }
        CouncilDocument plan = new CouncilDocument("en", "Benchmark plan", new TitlePage("Council", "Benchmark plan",
                "2032–2036", "v1.0", "4 December 2026", "Draft"), "Benchmark plan · v1.0", blocks);
        byte[] docx = DocxRenderer.render(plan);
        assertThat(ImportProbe.sections("plan.docx", docx)).isEqualTo(PlanBenchmark.CHAPTERS * (PlanBenchmark.SECTIONS_PER_CHAPTER + 1));
        System.out.printf("BENCHMARK 500-section plan: %d KB as .docx%n", docx.length / 1024);
        measure("reference: the same plan as PDF", () -> PdfRenderer.render(plan, PdfRenderer.Options.plain()));
        measure("plan to .docx", () -> DocxRenderer.render(plan));
        measure("import of that .docx (read and outline)", () -> ImportProbe.sections("plan.docx", docx));
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
}
