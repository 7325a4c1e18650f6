package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.TitlePage;
import org.junit.jupiter.api.Test;

/**
 * A 500-section plan (about 100,000 words, every tenth section Thai or Japanese, a table every tenth) as PDF:
 * time and peak heap, beside writing the same text as a plain file, and two exports at once. Run with -Pbenchmark.
 */
class DocumentBenchmark {

    @Test
    void five_hundred_section_plan_as_pdf() throws Exception {
        CouncilDocument plan = plan();
        StringBuilder plain = new StringBuilder();
        plan.blocks().forEach(b -> plain.append(b).append('\n'));

        long t0 = System.nanoTime();
        Path file = Files.createTempFile("plan", ".txt");
        Files.writeString(file, plain, StandardCharsets.UTF_8);
        double reference = (System.nanoTime() - t0) / 1e6;
        Files.delete(file);

        Measured cold = measure(plan);
        Measured warm = measure(plan);
        int pages;
        try (PDDocument doc = Loader.loadPDF(warm.pdf())) {
            pages = doc.getNumberOfPages();
        }
        System.out.printf("BENCHMARK plain text file of the same plan: %.0f ms, %d KB%n", reference,
                plain.length() / 1024);
        System.out.printf("BENCHMARK max heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("BENCHMARK PDF, first export (fonts loaded, code cold): %.0f ms (%.0f ms CPU), peak heap %d MB%n",
                cold.millis(), cold.cpuMillis(), cold.peakMb());
        System.out.printf("BENCHMARK PDF, next export: %.0f ms (%.0f ms CPU), peak heap %d MB, %d pages, %d KB%n",
                warm.millis(), warm.cpuMillis(), warm.peakMb(), pages, warm.pdf().length / 1024);

        long t1 = System.nanoTime();
        CompletableFuture<byte[]> a = CompletableFuture.supplyAsync(() -> PdfRenderer.render(plan, new PdfRenderer.Options(true)));
        CompletableFuture<byte[]> b = CompletableFuture.supplyAsync(() -> PdfRenderer.render(plan, PdfRenderer.Options.plain()));
        byte[] first = a.get();
        byte[] second = b.get();
        System.out.printf("BENCHMARK two PDF exports at once: %.0f ms for both%n", (System.nanoTime() - t1) / 1e6);
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        assertThat(pages).isGreaterThan(150);
    }

    private record Measured(double millis, double cpuMillis, long peakMb, byte[] pdf) {
    }

    private static Measured measure(CouncilDocument plan) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        byte[] pdf = PdfRenderer.render(plan, new PdfRenderer.Options(true));
        double millis = (System.nanoTime() - t) / 1e6;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        // Peak use of the heap pools, garbage not yet collected included: an upper bound of what was needed.
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(millis, cpuMillis, peak / (1024 * 1024), pdf);
    }

    static CouncilDocument plan() {
        Random random = new Random(42);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents("Contents"));
        int index = 0;
        for (int c = 1; c <= PlanBenchmark.CHAPTERS; c++) {
            blocks.add(new Block.Heading(1, Integer.toString(c), "Chapter " + c, "c" + c));
            index++;
            for (int s = 1; s <= PlanBenchmark.SECTIONS_PER_CHAPTER; s++) {
                index++;
                blocks.add(new Block.Heading(2, c + "." + s, "Section " + index, "s" + index));
                String text = PlanText.section(index, random);
                if (index % 10 == 5) {
                    text += "\n\n| indicator | 2027 | 2031 |\n|---|---|---|\n| EV share | 10% | 30% |\n| ยานยนต์ไฟฟ้า | 12,000 | 40,000 |";
                }
                blocks.addAll(MarkdownBlocks.parse(text, 2));
            }
        }
        return new CouncilDocument("en", "Benchmark plan", new TitlePage("Automotive Council", "Benchmark plan",
                "2032–2036", "v0.1", "4 December 2026", "Draft for consultation"), "Benchmark plan · v0.1", blocks);
    }
}
