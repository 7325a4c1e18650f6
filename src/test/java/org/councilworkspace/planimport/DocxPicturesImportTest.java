package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxPicturesImportTest {

    static final long CAP = 10L * 1024 * 1024;

    @Test
    void a_picture_becomes_an_image_in_the_text_where_it_stood_with_its_alt_text() {
        byte[] png = Pictures.png(1);
        ImportPreview preview = ImportReader.read("plan.docx", Docx.build(d -> {
            d.heading(1, "Vision");
            XWPFParagraph p = d.paragraph();
            d.run(p, "Exports ", false, false);
            Pictures.addPng(p, png, "Exports [2020–2030]");
            d.run(p, " grew.", true, false);
        }), CAP);
        assertThat(preview.images()).hasSize(1);
        ImportedImage image = preview.images().get(0);
        assertThat(image.content()).isEqualTo(png);
        assertThat(image.altText()).isEqualTo("Exports [2020–2030]");
        assertThat(preview.sections().get(0).body())
                .isEqualTo("Exports ![Exports \\[2020–2030\\]](attachment:" + image.key() + ") **grew.**");
        assertThat(preview.notCarried()).isEmpty();
    }

    @Test
    void a_picture_over_the_cap_is_reported_as_too_large_and_left_out_of_the_text() {
        byte[] png = Pictures.png(2);
        ImportPreview preview = ImportReader.read("plan.docx", Docx.build(d -> {
            d.heading(1, "Vision");
            Pictures.addPng(d.paragraph(), png, "Chart");
        }), CAP, png.length - 1);
        assertThat(preview.images()).isEmpty();
        assertThat(preview.notCarried()).containsEntry(NotCarried.IMAGES_TOO_LARGE, 1)
                .doesNotContainKey(NotCarried.IMAGES);
        assertThat(preview.sections().get(0).body()).isEmpty();
    }

    @Test
    void a_picture_in_a_format_a_plan_does_not_keep_is_reported_as_left_out() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = ImportReader.read("plan.docx", Docx.build(d -> {
            d.heading(1, "Vision");
            XWPFParagraph p = d.paragraph();
            Pictures.add(p, svg, Document.PICTURE_TYPE_BMP, "drawing.bmp", "Drawing");
            Pictures.addPng(p, Pictures.png(3), "Chart");
        }), CAP);
        assertThat(preview.images()).extracting(ImportedImage::altText).containsExactly("Chart");
        assertThat(preview.notCarried()).containsEntry(NotCarried.IMAGES, 1);
    }

    @Test
    void text_that_spells_out_an_attachment_reference_stays_text() {
        ImportPreview preview = ImportReader.read("plan.docx", Docx.build(d -> d.heading(1, "Vision")
                .paragraph("![x](attachment:1)")), CAP);
        assertThat(preview.images()).isEmpty();
        assertThat(preview.sections().get(0).body()).isEqualTo("!\\[x\\](attachment:1)");
    }
}
