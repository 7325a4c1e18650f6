package org.councilworkspace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final String THAI = "สถานที่ประชุม ผู้ใหญ่บ้าน น้ำประปา เท่านั้น";

    @Test
    void thai_paragraph_reads_back_exactly() throws Exception {
        CouncilDocument doc = new CouncilDocument("th", "ทดสอบ", null, "ฉบับร่าง",
                List.of(Block.Paragraph.of(THAI), Block.Paragraph.of("議事次第と新旧対照表")));
        byte[] pdf = PdfRenderer.render(doc, PdfRenderer.Options.plain());
        Files.write(Path.of("target/probe.pdf"), pdf);
        System.out.println(PdfReading.lines(pdf));
        assertThat(PdfReading.text(pdf)).isEqualTo(THAI + "議事次第と新旧対照表");
    }
}
