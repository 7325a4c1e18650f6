package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.testsupport.DocxReading;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

class ResponseTablePdfTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2027, 6, 1, 3, 0, 0, 0, ZoneOffset.UTC);

    static PublishedResults results() {
        ConsultationRound round = new ConsultationRound(5, 1, 2, "自動車産業基本計画", 9, "v0.4", "第1回意見募集", null,
                RoundKind.PUBLIC, RoundStatus.PUBLISHED, true, List.of(), PUBLISHED.minusDays(40),
                PUBLISHED.minusDays(10), PUBLISHED, 11L, 1);
        PublishedResults.Entry named = new PublishedResults.Entry("R-1", "สถานที่ชาร์จต้องมีน้ำเท่านั้น", false, 1,
                "สมชาย ใจดี", "สมาคมผู้ผลิต", OrganizationType.INDUSTRY_ASSOCIATION, Disposition.PARTIALLY_ADOPTED,
                "新旧対照表のとおり修正します。", "2.1 充電", "<ins>x</ins>");
        PublishedResults.Entry anonymous = new PublishedResults.Entry("R-2", "議事次第を公開してください。", false, 1, null,
                null, OrganizationType.INDIVIDUAL, Disposition.NOTED, "ご意見として承ります。", null, null);
        return new PublishedResults(round, "v1.0", PUBLISHED, List.of(new PublishedResults.Section(7L, "2 充電基盤",
                List.of(named, anonymous))), List.of());
    }

    @Test
    void the_comment_response_table_reads_back_with_comments_answers_and_labels_in_the_readers_language() {
        byte[] pdf = ResponseTablePdf.render(results(), new DocumentLocale(Locale.JAPANESE, ZoneId.of("Asia/Tokyo")));

        String text = PdfReading.text(pdf);
        assertThat(text).contains("第1回意見募集", "2 充電基盤", "สถานที่ชาร์จต้องมีน้ำเท่านั้น",
                "新旧対照表のとおり修正します。", "議事次第を公開してください。", "สมชาย ใจดี (สมาคมผู้ผลิต)");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }

    @Test
    void the_comment_response_table_as_a_word_file_holds_the_same_text() {
        String text = DocxReading.text(ResponseTableDocx.render(results(),
                new DocumentLocale(Locale.JAPANESE, ZoneId.of("Asia/Tokyo"))));

        assertThat(text).contains("第1回意見募集", "充電基盤", "สถานที่ชาร์จต้องมีน้ำเท่านั้น",
                "新旧対照表のとおり修正します。", "議事次第を公開してください。", "สมชาย ใจดี (สมาคมผู้ผลิต)");
    }

    @Test
    void a_submitter_who_did_not_consent_is_not_named() {
        byte[] pdf = ResponseTablePdf.render(results(), new DocumentLocale(Locale.ENGLISH, ZoneOffset.UTC));

        assertThat(PdfReading.text(pdf)).contains("A submitter (Individual)", "Partially adopted", "Noted",
                "No change", "Revision 2.1 充電:");
    }
}
